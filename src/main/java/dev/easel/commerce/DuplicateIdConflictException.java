package dev.easel.commerce;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The same source id arrived again with a different body: 409, the first version stands. */
public class DuplicateIdConflictException extends ErrorResponseException {

    public DuplicateIdConflictException(String what, String id) {
        super(HttpStatus.CONFLICT, problem(what, id), null);
    }

    private static ProblemDetail problem(String what, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "A " + what + " with id '" + id + "' is already recorded with different content; "
                        + "the recorded version stands. Send a new id for a different " + what + ".");
        problem.setTitle("Conflicting repeat");
        problem.setProperty("id", id);
        return problem;
    }
}
