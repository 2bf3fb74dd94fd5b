package dev.easel.commerce;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request with bad fields: 400 problem+json naming every one of them; nothing was stored. */
public class InvalidRequestException extends ErrorResponseException {

    private final transient List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, problem(violations), null);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static ProblemDetail problem(List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has " + violations.size() + " invalid field(s); nothing was stored.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", violations);
        return problem;
    }
}
