package dev.easel.workflow.web;

import dev.easel.workflow.ReviewInbox;
import dev.easel.workflow.ReviewInbox.Claimed;
import dev.easel.workflow.ReviewInbox.Decision;
import dev.easel.workflow.ReviewInbox.Filter;
import dev.easel.workflow.ReviewInbox.Outcome;
import dev.easel.workflow.ReviewInbox.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compliance officer's review inbox: the open CLV spike reviews with customer, values, change, reasons, age
 * against the SLA and escalation; filters and sorts; claim; decide several selected reviews with one reason.
 */
@Controller
@PreAuthorize("hasRole('COMPLIANCE')")
class ReviewInboxPage {

    static final int PAGE_SIZE = 25;

    private final ReviewInbox inbox;
    private final Ages ages;

    ReviewInboxPage(ReviewInbox inbox, Ages ages) {
        this.inbox = inbox;
        this.ages = ages;
    }

    @GetMapping("/console/reviews")
    String reviews(
            @RequestParam(required = false) String customer,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String escalated,
            @RequestParam(required = false) String claimed,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Authentication user,
            Model model) {
        Filter filter = new Filter(
                clean(customer),
                clean(reason),
                escalated(escalated),
                option(Claimed.class, claimed),
                option(Sort.class, sort),
                page,
                PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("escalatedParam", escalated == null ? "" : escalated);
        model.addAttribute("page", inbox.open(user.getName(), filter));
        model.addAttribute("ages", ages.now());
        return htmx == null ? "workflow/reviews" : "workflow/reviews :: results";
    }

    @PostMapping("/console/reviews/{taskId}/claim")
    String claim(@PathVariable String taskId, Authentication user, RedirectAttributes redirect) {
        try {
            inbox.claim(user.getName(), taskId);
            redirect.addFlashAttribute("notice", "Claimed: the review is yours to decide.");
        } catch (RuntimeException refused) {
            redirect.addFlashAttribute("problem", "Not claimed: " + refused.getMessage());
        }
        return "redirect:/console/reviews/" + taskId;
    }

    /** Several reviews, one decision and one reason: each task is completed on its own, as its own decision. */
    @PostMapping("/console/reviews/decisions")
    String decideSelected(
            @RequestParam(name = "task", required = false) List<String> tasks,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason,
            Authentication user,
            RedirectAttributes redirect) {
        Decision chosen = option(Decision.class, decision);
        List<String> problems = new ArrayList<>();
        if (tasks == null || tasks.isEmpty()) {
            problems.add("task: select at least one review.");
        }
        if (chosen == null) {
            problems.add("decision: approve or reject.");
        }
        if (chosen == Decision.REJECT && (reason == null || reason.isBlank())) {
            problems.add("reason: a rejection needs a reason.");
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("bulkProblems", problems);
            redirect.addFlashAttribute("bulkReason", reason);
            return "redirect:/console/reviews";
        }
        List<Outcome> outcomes = tasks.stream()
                .distinct()
                .map(task -> inbox.decide(user.getName(), task, chosen, reason))
                .toList();
        redirect.addFlashAttribute("outcomes", outcomes);
        return "redirect:/console/reviews";
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Boolean escalated(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    static <E extends Enum<E>> E option(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
