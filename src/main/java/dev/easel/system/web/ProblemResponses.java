package dev.easel.system.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.easel.shared.FieldProblem;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns bad input into RFC 9457 problem+json with an {@code errors} list, one entry per bad field:
 * {@link FieldProblem}, e.g. {@code {"field": "lines[0].quantity", "message": "must be greater than 0"}}.
 *
 * <p>Modules raise {@code InvalidRequestException} (or another {@code ErrorResponseException}); Spring renders
 * those as problem+json without this class knowing them.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    static final String ERRORS = "errors";
    /** SQL states of class 22: the value itself is wrong (overflow, bad characters), not its relation to others. */
    private static final String DATA_EXCEPTION = "22";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        exception
                .getBindingResult()
                .getFieldErrors()
                .forEach(error ->
                        errors.add(FieldProblem.of(error.getField(), String.valueOf(error.getDefaultMessage()))));
        exception
                .getBindingResult()
                .getGlobalErrors()
                .forEach(error ->
                        errors.add(FieldProblem.of(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
        ProblemDetail problem = invalid("The request has invalid fields.", errors);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        if (exception.getCause() instanceof ControlCharacters.Refused refused
                && !refused.getPath().isEmpty()) {
            errors.add(FieldProblem.of(fieldPath(refused), refused.getOriginalMessage()));
        } else if (exception.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            errors.add(FieldProblem.of(fieldPath(mapping), "has a value of the wrong type or format"));
        }
        ProblemDetail problem = invalid("The request body is not valid JSON for this endpoint.", errors);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException exception) {
        List<FieldProblem> errors = exception.getConstraintViolations().stream()
                .map(violation ->
                        FieldProblem.of(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
        return invalid("The request has invalid parameters.", errors);
    }

    /**
     * A constraint the database enforces and validation did not catch (a concurrent request, usually). The driver's
     * message can quote row values such as an email, so neither the answer nor the log carries it: only the SQL state.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail constraintRefused(DataIntegrityViolationException exception) {
        String state = sqlState(exception);
        if (state.startsWith(DATA_EXCEPTION)) {
            // A value the column cannot hold (too long, out of range, NUL in text) that validation let through.
            log.warn("The database refused a value of a request (SQL state {})", state);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST,
                    "A value does not fit what Easel stores (too large, too long, or with characters that cannot "
                            + "be stored); nothing was stored.");
            problem.setTitle("Invalid request");
            problem.setProperty(ERRORS, List.of());
            return problem;
        }
        log.warn("A database constraint refused a request (SQL state {})", state);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "The request conflicts with what Easel already holds; nothing was stored.");
        problem.setTitle("Conflict");
        return problem;
    }

    /** Any other database failure: 500, logged by exception type and SQL state, never by message. */
    @ExceptionHandler(DataAccessException.class)
    ProblemDetail databaseFailed(DataAccessException exception) {
        log.error(
                "A database operation failed: {} (SQL state {})",
                exception.getClass().getSimpleName(),
                sqlState(exception));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The database could not complete the request; nothing was stored.");
        problem.setTitle("Database error");
        return problem;
    }

    private static String sqlState(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "unknown";
    }

    private static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    private static String fieldPath(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
