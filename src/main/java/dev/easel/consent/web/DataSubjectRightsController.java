package dev.easel.consent.web;

import dev.easel.consent.DataSubjectRequest;
import dev.easel.consent.DataSubjectRequests;
import dev.easel.consent.DataSubjectRights;
import dev.easel.consent.Regulation;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Access, portability and erasure, for compliance officers; the open requests and their deadlines. */
@RestController
@PreAuthorize("hasRole('COMPLIANCE')")
class DataSubjectRightsController {

    private final DataSubjectRights rights;
    private final DataSubjectRequests requests;

    DataSubjectRightsController(DataSubjectRights rights, DataSubjectRequests requests) {
        this.rights = rights;
        this.requests = requests;
    }

    @GetMapping("/api/customers/{customerKey}/export")
    Map<String, Object> export(
            @PathVariable String customerKey,
            @RequestParam(defaultValue = "GDPR") Regulation regulation,
            Principal principal) {
        return rights.export(customerKey, regulation, principal.getName());
    }

    @PostMapping("/api/customers/{customerKey}/erasure")
    DataSubjectRights.Erasure erase(
            @PathVariable String customerKey,
            @RequestParam(defaultValue = "GDPR") Regulation regulation,
            Principal principal) {
        return rights.erase(customerKey, regulation, principal.getName());
    }

    @GetMapping("/api/data-subject-requests")
    List<DataSubjectRequest> open() {
        return requests.open();
    }
}
