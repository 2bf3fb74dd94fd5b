package dev.easel.commerce;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No customer has this pseudonymous key. */
public class CustomerNotFoundException extends ErrorResponseException {

    public CustomerNotFoundException(String customerKey) {
        super(HttpStatus.NOT_FOUND, problem(customerKey), null);
    }

    private static ProblemDetail problem(String customerKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No customer has the key '" + customerKey + "'.");
        problem.setTitle("Unknown customer");
        return problem;
    }
}
