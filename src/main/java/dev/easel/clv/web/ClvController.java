package dev.easel.clv.web;

import dev.easel.clv.ClvExplanation;
import dev.easel.clv.ClvProfile;
import dev.easel.clv.ClvReads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A customer's current CLV, and why it is what it is. */
@RestController
class ClvController {

    private final ClvReads reads;

    ClvController(ClvReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/customers/{customerKey}/clv")
    @PreAuthorize("hasAnyRole('ANALYST', 'COMPLIANCE', 'ADMIN')")
    ClvProfile current(@PathVariable String customerKey) {
        return reads.profile(customerKey).orElseThrow(() -> notFound(customerKey));
    }

    @GetMapping("/api/customers/{customerKey}/clv/explanation")
    // The explanation holds pseudonymous keys, codes, rule names and versions only: analysts may read it too.
    @PreAuthorize("hasAnyRole('ANALYST', 'COMPLIANCE', 'AUDITOR')")
    ClvExplanation explanation(@PathVariable String customerKey) {
        return reads.explanation(customerKey).orElseThrow(() -> notFound(customerKey));
    }

    private static ErrorResponseException notFound(String customerKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No CLV has been computed for the customer '" + customerKey + "'.");
        problem.setTitle("No CLV");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
