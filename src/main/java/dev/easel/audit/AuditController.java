package dev.easel.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'COMPLIANCE')")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    List<DecisionRecord> find(
            @RequestParam(required = false) String customerKey,
            @RequestParam(required = false) DecisionKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(defaultValue = "0") @Min(0) long afterId,
            @RequestParam(defaultValue = "100") @Min(1) @Max(AuditQuery.MAX_LIMIT) int limit) {
        return trail.find(new AuditQuery(
                customerKey,
                kind,
                from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(),
                afterId,
                limit));
    }

    @GetMapping("/verify")
    ChainVerification verify() {
        return trail.verify();
    }

    /** Anchors the head now, e.g. before an auditor copies the anchor file away. */
    @PostMapping("/anchors")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    AuditTrail.AnchorReceipt anchor() {
        return trail.anchor();
    }
}
