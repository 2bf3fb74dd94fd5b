package dev.easel.privacy.centre;

import dev.easel.consent.ConsentEvent;
import dev.easel.consent.ConsentStatus;
import dev.easel.consent.Consents;
import dev.easel.consent.Purpose;
import dev.easel.privacy.notices.LanguageNotices;
import dev.easel.privacy.surveys.FeedbackSignals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The renewal page a renewal link opens: the purpose's notice, one button to renew, and one optional question.
 * Renewing records the consent as given; the consent module's event then ends the waiting renewal process.
 */
@Controller
class RenewalController {

    /** The renewal page's own question and the answer codes it offers. */
    static final String FEEDBACK_TOOL = "renewal-page";

    static final String FEEDBACK_QUESTION = "keep-buying";
    static final Set<String> FEEDBACK_ANSWERS = Set.of("ordering-again", "unsure", "moving-supplier");

    private final CustomerSession session;
    private final RateLimits limits;
    private final Consents consents;
    private final CustomerChoices choices;
    private final FeedbackSignals feedback;
    private final RenewalLinks links;
    private final PreferenceCentreController pages;
    private final java.time.Clock clock;

    RenewalController(
            CustomerSession session,
            RateLimits limits,
            Consents consents,
            CustomerChoices choices,
            FeedbackSignals feedback,
            RenewalLinks links,
            PreferenceCentreController pages,
            java.time.Clock clock) {
        this.session = session;
        this.limits = limits;
        this.consents = consents;
        this.choices = choices;
        this.feedback = feedback;
        this.links = links;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/privacy/renewal")
    String renewal(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String renewed,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<PrivacyToken> grant = session.grant(request, LinkUse.RENEWAL);
        if (grant.isEmpty()) {
            return pages.refused(model, lang, request, response, HttpStatus.FORBIDDEN);
        }
        Purpose purpose = grant.get().purposes().iterator().next();
        LanguageNotices shown = pages.shown(lang, request);
        model.addAttribute("t", shown);
        model.addAttribute("notices", null);
        model.addAttribute("purpose", purpose.code());
        model.addAttribute("notice", shown.purpose(purpose));
        model.addAttribute(
                "status",
                consents.standing(grant.get().customerKey())
                        .latest(purpose)
                        .map(ConsentEvent::status)
                        .orElse(null));
        model.addAttribute("renewed", renewed != null);
        model.addAttribute("answers", List.of("ordering-again", "unsure", "moving-supplier"));
        return "privacy/renewal";
    }

    @PostMapping("/privacy/renewal")
    String renew(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String answer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<PrivacyToken> grant = session.grant(request, LinkUse.RENEWAL).filter(g -> limits.allowLink(g.nonce()));
        if (grant.isEmpty()) {
            return pages.refused(model, lang, request, response, HttpStatus.FORBIDDEN);
        }
        String customerKey = grant.get().customerKey();
        String language = pages.shown(lang, request).language();
        for (Purpose purpose : grant.get().purposes()) {
            choices.record(customerKey, purpose, ConsentStatus.GIVEN, CustomerChoices.Source.RENEWAL_LINK, language);
        }
        if (answer != null && FEEDBACK_ANSWERS.contains(answer)) {
            feedback.record(customerKey, FEEDBACK_TOOL, FEEDBACK_QUESTION, answer, clock.instant());
        }
        return "redirect:/privacy/renewal?renewed&lang=" + language;
    }

    /** For compliance: a customer's renewal links, to pass on when no sender delivered them. */
    @GetMapping("/api/privacy/renewal-links")
    @PreAuthorize("hasAnyRole('COMPLIANCE', 'ADMIN')")
    @ResponseBody
    List<RenewalLink> renewalLinks(@RequestParam(required = false) String customerKey) {
        return customerKey == null ? links.unsent(200) : links.ofCustomer(customerKey);
    }
}
