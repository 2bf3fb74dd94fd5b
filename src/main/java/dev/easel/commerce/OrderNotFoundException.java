package dev.easel.commerce;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refund for an order the ledger does not know: the order must be sent first. */
public class OrderNotFoundException extends ErrorResponseException {

    public OrderNotFoundException(String orderId) {
        super(HttpStatus.NOT_FOUND, problem(orderId), null);
    }

    private static ProblemDetail problem(String orderId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "Order '" + orderId + "' is not known to Easel: send the order first (POST /api/orders), "
                        + "then its refunds.");
        problem.setTitle("Unknown order");
        problem.setProperty("orderId", orderId);
        return problem;
    }
}
