package dev.easel.consent.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.consent.ContactReveals;
import dev.easel.consent.DataSubjectRequest;
import dev.easel.consent.DataSubjectRequests;
import dev.easel.consent.DataSubjectRights;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Data-subject requests: the open ones with the days left before the law's deadline; one request with its history,
 * the access export, erasure after typing the customer key, and the customer's contact data (masked unless an
 * officer reveals it, which is audited with the reason given).
 */
@Controller
@PreAuthorize("hasRole('COMPLIANCE')")
class RequestsPage {

    private final DataSubjectRequests requests;
    private final DataSubjectRights rights;
    private final ContactReveals contacts;
    private final ObjectMapper json;
    private final Clock clock;

    RequestsPage(
            DataSubjectRequests requests,
            DataSubjectRights rights,
            ContactReveals contacts,
            ObjectMapper json,
            Clock clock) {
        this.requests = requests;
        this.rights = rights;
        this.contacts = contacts;
        this.json = json;
        this.clock = clock;
    }

    /** Green with more than 10 days left, amber from 10, red from 3, overdue past the deadline. */
    enum Urgency {
        GREEN,
        AMBER,
        RED,
        OVERDUE,
        DONE;

        static Urgency of(DataSubjectRequest request, Instant now) {
            if (request.status() == DataSubjectRequest.Status.COMPLETED) {
                return DONE;
            }
            long hours = Duration.between(now, request.dueAt()).toHours();
            return hours < 0 ? OVERDUE : hours < 3 * 24 ? RED : hours < 10 * 24 ? AMBER : GREEN;
        }
    }

    /** A request with its badge. */
    record Queued(DataSubjectRequest request, Urgency urgency, String left) {

        static Queued of(DataSubjectRequest request, Instant now) {
            Urgency urgency = Urgency.of(request, now);
            Duration left = Duration.between(now, request.dueAt());
            String said = switch (urgency) {
                case DONE -> "answered";
                case OVERDUE -> "overdue by " + days(left.negated());
                default -> days(left) + " left";
            };
            return new Queued(request, urgency, said);
        }

        private static String days(Duration duration) {
            long days = duration.toDays();
            return days >= 1 ? days + (days == 1 ? " day" : " days") : duration.toHours() + " h";
        }
    }

    @GetMapping("/console/requests")
    String queue(Model model) {
        Instant now = clock.instant();
        model.addAttribute(
                "queue",
                requests.open().stream()
                        .sorted(Comparator.comparing(DataSubjectRequest::dueAt))
                        .map(request -> Queued.of(request, now))
                        .toList());
        return "consent/requests";
    }

    @GetMapping("/console/requests/{id}")
    String request(@PathVariable long id, Model model) {
        DataSubjectRequest request = requests.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No data-subject request " + id));
        Instant now = clock.instant();
        model.addAttribute("queued", Queued.of(request, now));
        model.addAttribute(
                "others",
                request.customerKey() == null
                        ? List.of()
                        : requests.ofCustomer(request.customerKey()).stream()
                                .filter(other -> other.id() != id)
                                .map(other -> Queued.of(other, now))
                                .toList());
        if (!model.containsAttribute("contact") && request.customerKey() != null) {
            model.addAttribute("contact", contacts.masked(request.customerKey()).orElse(null));
            model.addAttribute("revealed", false);
        }
        return "consent/request";
    }

    /** Shows the contact data in full on this one answer, after recording who asked, for whom and why. */
    @PostMapping("/console/requests/{id}/reveal")
    String reveal(
            @PathVariable long id,
            @RequestParam(required = false) String why,
            Authentication user,
            Model model,
            HttpServletResponse response) {
        DataSubjectRequest request = requests.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No data-subject request " + id));
        if (request.customerKey() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Request " + id + " names no known customer");
        }
        if (why == null || why.isBlank()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("whyError", "Say why you need to see the contact data.");
            return request(id, model);
        }
        model.addAttribute(
                "contact",
                contacts.reveal(request.customerKey(), user.getName(), why).orElse(null));
        model.addAttribute("revealed", true);
        return request(id, model);
    }

    /** The access export as a JSON file; answering it completes the customer's open access request. */
    @PostMapping("/console/requests/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, Authentication user) throws Exception {
        DataSubjectRequest request = known(id);
        Map<String, Object> export = rights.export(request.customerKey(), request.regulation(), user.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("access-export-" + request.customerKey() + ".json")
                                .build()
                                .toString())
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export));
    }

    /** Erases the customer's personal data once the officer has typed the customer key to confirm. */
    @PostMapping("/console/requests/{id}/erasure")
    String erase(
            @PathVariable long id,
            @RequestParam(required = false) String confirm,
            Authentication user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        DataSubjectRequest request = known(id);
        if (confirm == null || !confirm.strip().equals(request.customerKey())) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute(
                    "confirmError",
                    "Type the customer key " + request.customerKey() + " exactly to confirm the erasure.");
            return request(id, model);
        }
        DataSubjectRights.Erasure erasure = rights.erase(request.customerKey(), request.regulation(), user.getName());
        redirect.addFlashAttribute(
                "notice",
                "Erased the personal data of " + erasure.customerKey() + " (" + String.join(", ", erasure.sections())
                        + "); orders and consent evidence stay under the key.");
        return "redirect:/console/requests/" + id;
    }

    private DataSubjectRequest known(long id) {
        DataSubjectRequest request = requests.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No data-subject request " + id));
        if (request.customerKey() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Request " + id + " names no known customer");
        }
        return request;
    }
}
