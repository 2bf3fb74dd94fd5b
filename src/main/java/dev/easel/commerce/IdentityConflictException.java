package dev.easel.commerce;

import dev.easel.shared.FieldProblem;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A customer request whose source id and email point at two different known customers. Easel never merges two known
 * customers on its own (their orders, consents and CLV history would have to move): 409, nothing stored.
 */
public class IdentityConflictException extends ErrorResponseException {

    public IdentityConflictException(String customerId) {
        super(HttpStatus.CONFLICT, problem(customerId), null);
    }

    private static ProblemDetail problem(String customerId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Customer '" + customerId + "' is known, and its email belongs to another known customer; "
                        + "two known customers are not merged automatically. Nothing was stored.");
        problem.setTitle("Identity conflict");
        problem.setProperty("errors", List.of(FieldProblem.of("email", "belongs to another known customer")));
        return problem;
    }
}
