package dev.easel.reports;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No report has that name: 404 as problem+json, listing the names there are. */
class UnknownReportException extends ErrorResponseException {

    UnknownReportException(String name, java.util.Collection<String> known) {
        super(
                HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND,
                        "There is no report '" + name + "'. Reports: " + String.join(", ", known) + "."),
                null);
    }
}
