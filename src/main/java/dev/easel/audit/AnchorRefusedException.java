package dev.easel.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The head cannot be anchored as it stands: answered 409, with the reason. */
class AnchorRefusedException extends ErrorResponseException {

    AnchorRefusedException(String reason) {
        super(
                HttpStatus.CONFLICT,
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "not anchored: " + reason),
                null);
    }
}
