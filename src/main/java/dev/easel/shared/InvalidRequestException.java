package dev.easel.shared;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Bad input, answered as problem+json with an {@code errors} list naming every bad field. Thrown before anything is
 * stored, or inside the transaction that then rolls back, so that a rejected request stores nothing.
 */
public class InvalidRequestException extends ErrorResponseException {

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(HttpStatus status, String detail, List<FieldProblem> problems) {
        super(status, problem(status, detail, problems), null);
        this.problems = List.copyOf(problems);
    }

    /** 400 with a detail that counts the bad fields. */
    public InvalidRequestException(List<FieldProblem> problems) {
        this(
                HttpStatus.BAD_REQUEST,
                "The request has " + problems.size() + " invalid field(s); nothing was stored.",
                problems);
    }

    public InvalidRequestException(String detail, List<FieldProblem> problems) {
        this(HttpStatus.BAD_REQUEST, detail, problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems);
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail() + " " + problems;
    }
}
