package dev.easel.privacy.centre;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.consent.ConsentEvent;
import dev.easel.consent.ConsentStanding;
import dev.easel.consent.ConsentStatus;
import dev.easel.consent.Consents;
import dev.easel.consent.DataSubjectRequest;
import dev.easel.consent.DataSubjectRequests;
import dev.easel.consent.DataSubjectRights;
import dev.easel.consent.GlobalPrivacyControl;
import dev.easel.consent.Purpose;
import dev.easel.consent.Regulation;
import dev.easel.privacy.notices.LanguageNotices;
import dev.easel.privacy.notices.NoticeLibrary;
import dev.easel.privacy.notices.Notices;
import dev.easel.privacy.notices.PurposeNotice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's preference centre: one toggle per purpose with its notice, the current choice, GPC shown as
 * honoured, withdrawal in one click, receipts, and their own data requests. Reached only through a signed link.
 */
@Controller
class PreferenceCentreController {

    static final String SOURCE = "privacy-centre";

    private final CustomerSession session;
    private final PrivacyTokens tokens;
    private final RateLimits limits;
    private final NoticeLibrary notices;
    private final Consents consents;
    private final CustomerChoices choices;
    private final ConsentReceipts receipts;
    private final DataSubjectRequests requests;
    private final DataSubjectRights rights;
    private final ObjectMapper json;

    PreferenceCentreController(
            CustomerSession session,
            PrivacyTokens tokens,
            RateLimits limits,
            NoticeLibrary notices,
            Consents consents,
            CustomerChoices choices,
            ConsentReceipts receipts,
            DataSubjectRequests requests,
            DataSubjectRights rights,
            ObjectMapper json) {
        this.session = session;
        this.tokens = tokens;
        this.limits = limits;
        this.notices = notices;
        this.consents = consents;
        this.choices = choices;
        this.receipts = receipts;
        this.requests = requests;
        this.rights = rights;
        this.json = json;
    }

    /** The link from the shop or the renewal message: moves the token into the session and off the address bar. */
    @GetMapping("/privacy/link/{token}")
    String open(
            @PathVariable String token,
            @RequestParam(required = false) String lang,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        for (LinkUse use : List.of(LinkUse.PREFERENCES, LinkUse.RENEWAL)) {
            Optional<PrivacyToken> grant = tokens.verify(token, use);
            if (grant.isPresent()) {
                if (!limits.allowLink(grant.get().nonce())) {
                    return refused(model, lang, request, response, HttpStatus.TOO_MANY_REQUESTS);
                }
                session.open(request, token, use);
                String page = use == LinkUse.RENEWAL ? "/privacy/renewal" : "/privacy/preferences";
                return "redirect:" + page + (lang == null ? "" : "?lang=" + language(lang));
            }
        }
        // A link that does not open ends whatever link this browser had open: nobody keeps someone else's page.
        session.close(request);
        return refused(model, lang, request, response, HttpStatus.FORBIDDEN);
    }

    @GetMapping("/privacy/preferences")
    String preferences(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String saved,
            @RequestHeader(name = GlobalPrivacyControl.HEADER, required = false) String gpc,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<PrivacyToken> grant = session.grant(request, LinkUse.PREFERENCES);
        if (grant.isEmpty()) {
            return refused(model, lang, request, response, HttpStatus.FORBIDDEN);
        }
        String customerKey = grant.get().customerKey();
        boolean headerSignal = GlobalPrivacyControl.signalled(gpc);
        if (headerSignal) {
            consents.recordGlobalPrivacyControl(customerKey, SOURCE);
        }
        ConsentStanding standing = consents.standing(customerKey);
        LanguageNotices shown = shown(lang, request);
        List<PurposeRow> rows = new ArrayList<>();
        for (Purpose purpose : Purpose.values()) {
            if (grant.get().covers(purpose)) {
                rows.add(new PurposeRow(
                        purpose.code(),
                        shown.purpose(purpose),
                        standing.latest(purpose).map(ConsentEvent::status).orElse(null)));
            }
        }
        List<DataSubjectRequest> own = requests.ofCustomer(customerKey);
        model.addAttribute("t", shown);
        model.addAttribute("notices", notices.current());
        model.addAttribute("rows", rows);
        model.addAttribute("gpcHonoured", standing.globalPrivacyControl() || headerSignal);
        model.addAttribute("receipts", receipts.ofCustomer(customerKey));
        model.addAttribute("requests", own);
        model.addAttribute(
                "copyReady",
                own.stream()
                        .anyMatch(r -> r.type() == DataSubjectRequest.Type.ACCESS
                                && r.status() == DataSubjectRequest.Status.COMPLETED));
        model.addAttribute("saved", saved != null);
        return "privacy/preferences";
    }

    /** Saving the toggles: an event only for a purpose whose choice changed. */
    @PostMapping("/privacy/preferences")
    String save(
            @RequestParam(required = false) String lang,
            @RequestParam(name = "given", required = false) Set<String> given,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<PrivacyToken> grant = allowed(request, LinkUse.PREFERENCES);
        if (grant.isEmpty()) {
            return refused(model, lang, request, response, HttpStatus.FORBIDDEN);
        }
        String customerKey = grant.get().customerKey();
        ConsentStanding standing = consents.standing(customerKey);
        String language = shown(lang, request).language();
        for (Purpose purpose : grant.get().purposes()) {
            boolean wanted = given != null && given.contains(purpose.code());
            boolean now = standing.latest(purpose)
                    .map(e -> e.status() == ConsentStatus.GIVEN)
                    .orElse(false);
            if (wanted != now) {
                choices.record(
                        customerKey,
                        purpose,
                        wanted ? ConsentStatus.GIVEN : ConsentStatus.WITHDRAWN,
                        CustomerChoices.Source.PREFERENCE_CENTRE,
                        language);
            }
        }
        return "redirect:/privacy/preferences?saved&lang=" + language;
    }

    /** Withdrawing is one click, on the same page as giving (GDPR Art. 7(3)). */
    @PostMapping("/privacy/preferences/withdraw")
    String withdraw(
            @RequestParam String purpose,
            @RequestParam(required = false) String lang,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return decide(purpose, ConsentStatus.WITHDRAWN, lang, request, response, model);
    }

    @PostMapping("/privacy/preferences/give")
    String give(
            @RequestParam String purpose,
            @RequestParam(required = false) String lang,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return decide(purpose, ConsentStatus.GIVEN, lang, request, response, model);
    }

    private String decide(
            String purposeCode,
            ConsentStatus status,
            String lang,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<PrivacyToken> grant = allowed(request, LinkUse.PREFERENCES);
        Optional<Purpose> purpose =
                purpose(purposeCode).filter(p -> grant.map(g -> g.covers(p)).orElse(false));
        if (grant.isEmpty() || purpose.isEmpty()) {
            return refused(model, lang, request, response, HttpStatus.FORBIDDEN);
        }
        String customerKey = grant.get().customerKey();
        ConsentStatus current = consents.standing(customerKey)
                .latest(purpose.get())
                .map(ConsentEvent::status)
                .orElse(null);
        String language = shown(lang, request).language();
        if (current != status) {
            choices.record(customerKey, purpose.get(), status, CustomerChoices.Source.PREFERENCE_CENTRE, language);
        }
        return "redirect:/privacy/preferences?saved&lang=" + language;
    }

    /** The browser's own signal ({@code navigator.globalPrivacyControl}), posted by the page's script. */
    @PostMapping("/privacy/preferences/gpc")
    ResponseEntity<Void> browserSignal(HttpServletRequest request) {
        Optional<PrivacyToken> grant = allowed(request, LinkUse.PREFERENCES);
        if (grant.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        consents.recordGlobalPrivacyControl(grant.get().customerKey(), SOURCE);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/privacy/receipts/{receiptId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> receipt(@PathVariable String receiptId, HttpServletRequest request)
            throws JsonProcessingException {
        Optional<ConsentReceipt> receipt =
                allowed(request, LinkUse.PREFERENCES).flatMap(grant -> receipts.findOf(grant.customerKey(), receiptId));
        if (receipt.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("consent-receipt-" + receiptId + ".json")
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsString(receipt.get()));
    }

    @GetMapping(path = "/privacy/receipts/{receiptId}/pdf")
    ResponseEntity<byte[]> receiptPdf(@PathVariable String receiptId, HttpServletRequest request) {
        Optional<ConsentReceipt> receipt =
                allowed(request, LinkUse.PREFERENCES).flatMap(grant -> receipts.findOf(grant.customerKey(), receiptId));
        return receipt.map(r -> ResponseEntity.ok()
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename("consent-receipt-" + receiptId + ".pdf")
                                        .build()
                                        .toString())
                        .contentType(MediaType.APPLICATION_PDF)
                        .body(ReceiptPdf.render(r)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    /** A copy or an erasure, opened in the data-subject workflow with its deadline; one open request per kind. */
    @PostMapping("/privacy/requests")
    String ask(
            @RequestParam String type,
            @RequestParam(required = false) String lang,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<PrivacyToken> grant = allowed(request, LinkUse.PREFERENCES);
        Optional<DataSubjectRequest.Type> kind = java.util.Arrays.stream(DataSubjectRequest.Type.values())
                .filter(t -> t.name().equals(type))
                .findFirst();
        if (grant.isEmpty() || kind.isEmpty()) {
            return refused(model, lang, request, response, HttpStatus.FORBIDDEN);
        }
        String customerKey = grant.get().customerKey();
        boolean alreadyOpen = requests.ofCustomer(customerKey).stream()
                .anyMatch(r -> r.type() == kind.get() && r.status() == DataSubjectRequest.Status.OPEN);
        if (!alreadyOpen) {
            requests.open(kind.get(), Regulation.GDPR, customerKey, null, SOURCE);
        }
        return "redirect:/privacy/preferences?saved&lang="
                + shown(lang, request).language();
    }

    /** The copy of their data, once compliance answered their access request. */
    @GetMapping(path = "/privacy/requests/copy")
    ResponseEntity<String> copy(HttpServletRequest request) throws JsonProcessingException {
        Optional<Map<String, Object>> copy =
                allowed(request, LinkUse.PREFERENCES).flatMap(grant -> rights.completedCopy(grant.customerKey()));
        if (copy.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("my-data.json")
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsString(copy.get()));
    }

    private Optional<PrivacyToken> allowed(HttpServletRequest request, LinkUse use) {
        return session.grant(request, use).filter(grant -> limits.allowLink(grant.nonce()));
    }

    /** The same clear page for an expired, altered or unknown link: it tells nothing about any customer. */
    String refused(
            Model model, String lang, HttpServletRequest request, HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        model.addAttribute("t", shown(lang, request));
        model.addAttribute("tooMany", status == HttpStatus.TOO_MANY_REQUESTS);
        return "privacy/expired";
    }

    LanguageNotices shown(String lang, HttpServletRequest request) {
        return notices.current().in(lang, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private String language(String lang) {
        Notices current = notices.current();
        return current.in(lang, null).language();
    }

    private static Optional<Purpose> purpose(String code) {
        try {
            return Optional.of(Purpose.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @param status null when the customer was never asked */
    record PurposeRow(String code, PurposeNotice notice, ConsentStatus status) {

        public boolean given() {
            return status == ConsentStatus.GIVEN;
        }
    }
}
