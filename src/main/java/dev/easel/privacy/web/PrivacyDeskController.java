package dev.easel.privacy.web;

import dev.easel.privacy.centre.RenewalLinks;
import dev.easel.privacy.notices.NoticeLibrary;
import dev.easel.privacy.surveys.FeedbackSignals;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The compliance desk's view of the privacy centre: renewal links no sender delivered (to pass on another way), what
 * customers answered in surveys (counts only, no identities), and the notices in service with the last reload's
 * problems.
 */
@Controller
class PrivacyDeskController {

    static final int SHOWN = 100;

    private final RenewalLinks links;
    private final FeedbackSignals feedback;
    private final NoticeLibrary notices;

    PrivacyDeskController(RenewalLinks links, FeedbackSignals feedback, NoticeLibrary notices) {
        this.links = links;
        this.feedback = feedback;
        this.notices = notices;
    }

    @GetMapping("/console/privacy")
    @PreAuthorize("hasAnyRole('COMPLIANCE', 'ADMIN')")
    String desk(Model model) {
        model.addAttribute("links", links.unsent(SHOWN));
        model.addAttribute("feedback", feedback.countsByAnswer());
        model.addAttribute("notices", notices.current());
        model.addAttribute("problems", notices.lastProblems());
        return "privacy/desk";
    }
}
