package dev.easel.privacy.centre;

import dev.easel.consent.ConsentStatus;
import dev.easel.consent.Purpose;
import dev.easel.privacy.notices.LanguageNotices;
import dev.easel.privacy.notices.NoticeLibrary;
import dev.easel.privacy.notices.Notices;
import dev.easel.privacy.notices.PurposeNotice;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What {@code <easel-consent>} talks to: the notice for a purpose (public text), and the choice posted with the
 * short-lived checkout token the shop's back end obtained ({@code Authorization: Bearer ...}). The token, not a
 * cookie, authenticates the post, so there is no session to forge a request with.
 */
@RestController
class CheckoutComponentController {

    private final NoticeLibrary notices;
    private final PrivacyTokens tokens;
    private final RateLimits limits;
    private final CustomerChoices choices;

    CheckoutComponentController(
            NoticeLibrary notices, PrivacyTokens tokens, RateLimits limits, CustomerChoices choices) {
        this.notices = notices;
        this.tokens = tokens;
        this.limits = limits;
        this.choices = choices;
    }

    @GetMapping("/privacy/component/notice")
    ResponseEntity<Map<String, Object>> notice(
            @RequestParam String purpose, @RequestParam(required = false) String lang, HttpServletRequest request) {
        Optional<Purpose> known = purpose(purpose);
        if (known.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        Notices current = notices.current();
        LanguageNotices shown = current.in(lang, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        PurposeNotice notice = shown.purpose(known.get());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("purpose", known.get().code());
        body.put("language", shown.language());
        body.put("title", notice.title());
        body.put("what", notice.what());
        body.put("why", notice.why());
        body.put("data", notice.data());
        body.put("retention", notice.retention());
        body.put("policyUrl", shown.policyUrl());
        body.put("policyVersion", shown.policyVersion());
        body.put("noticeVersion", current.version());
        body.put(
                "labels",
                Map.of(
                        "given",
                        shown.ui("given"),
                        "withdrawn",
                        shown.ui("withdrawn"),
                        "give",
                        shown.ui("give"),
                        "withdraw",
                        shown.ui("withdraw")));
        return ResponseEntity.ok(body);
    }

    record Choice(String purpose, Boolean given, String language) {}

    @PostMapping(PrivacySecurity.COMPONENT_CONSENTS)
    ResponseEntity<Map<String, Object>> choose(
            @RequestBody Choice choice,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip()
                : null;
        Optional<Purpose> purpose = purpose(choice.purpose());
        Optional<PrivacyToken> grant = tokens.verify(token, LinkUse.CHECKOUT)
                .filter(g -> purpose.map(g::covers).orElse(false));
        if (grant.isEmpty() || choice.given() == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(Map.of(
                            "title",
                            "Unauthorized",
                            "detail",
                            "The checkout token is missing, expired or not for this purpose."));
        }
        if (!limits.allowLink(grant.get().nonce())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
        }
        ConsentStatus status = choice.given() ? ConsentStatus.GIVEN : ConsentStatus.WITHDRAWN;
        String receipt = choices.record(
                grant.get().customerKey(),
                purpose.get(),
                status,
                CustomerChoices.Source.CHECKOUT_COMPONENT,
                choice.language());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("status", status.name(), "receiptId", receipt));
    }

    private static Optional<Purpose> purpose(String code) {
        try {
            return Optional.of(Purpose.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
