package dev.easel.workflow.web;

import dev.easel.consent.ConsentEligibility;
import dev.easel.consent.EligibilityVerdict;
import dev.easel.consent.Purpose;
import dev.easel.workflow.ReviewInbox;
import dev.easel.workflow.ReviewInbox.Decision;
import dev.easel.workflow.ReviewInbox.Outcome;
import dev.easel.workflow.ReviewInbox.Review;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One review as a person reads it: the values before and after, the orders behind the change, the rules that fired,
 * consent as it stands now, links to the customer's explanation and audit records; approve, or reject with a reason.
 */
@Controller
@PreAuthorize("hasRole('COMPLIANCE')")
class ReviewPage {

    private final ReviewInbox inbox;
    private final ConsentEligibility eligibility;
    private final Ages ages;
    private final Clock clock;

    ReviewPage(ReviewInbox inbox, ConsentEligibility eligibility, Ages ages, Clock clock) {
        this.inbox = inbox;
        this.eligibility = eligibility;
        this.ages = ages;
        this.clock = clock;
    }

    /** Consent for one purpose now: its status and the reasons the rules gave. */
    record ConsentNow(String purpose, String status, boolean allows, List<String> reasons) {}

    @GetMapping("/console/reviews/{taskId}")
    String review(@PathVariable String taskId, Authentication user, Model model) {
        Review review = inbox.find(user.getName(), taskId)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "No open review " + taskId + " for you: decided, superseded or not yours."));
        model.addAttribute("review", review);
        model.addAttribute("ages", ages.now());
        model.addAttribute("consents", consentNow(review.row().customerKey()));
        model.addAttribute("me", user.getName());
        return "workflow/review";
    }

    @PostMapping("/console/reviews/{taskId}/decision")
    String decide(
            @PathVariable String taskId,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Decision chosen = ReviewInboxPage.option(Decision.class, decision);
        Outcome outcome = chosen == null
                ? new Outcome(taskId, false, "decision", "Choose approve or reject.")
                : inbox.decide(user.getName(), taskId, chosen, reason);
        if (outcome.decided()) {
            redirect.addFlashAttribute("outcomes", List.of(outcome));
            return "redirect:/console/reviews";
        }
        if (inbox.find(user.getName(), taskId).isEmpty()) {
            redirect.addFlashAttribute("outcomes", List.of(outcome));
            return "redirect:/console/reviews";
        }
        // Refused: the same page again, the message at the field, nothing decided.
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("refusal", outcome);
        model.addAttribute("reason", reason);
        return review(taskId, user, model);
    }

    private List<ConsentNow> consentNow(String customerKey) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<ConsentNow> now = new ArrayList<>();
        for (Purpose purpose : Purpose.values()) {
            eligibility
                    .decide(customerKey, purpose, today)
                    .ifPresent((EligibilityVerdict verdict) -> now.add(new ConsentNow(
                            purpose.code(), verdict.status().name(), verdict.allows(), verdict.reasons())));
        }
        return now;
    }
}
