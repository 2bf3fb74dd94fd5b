package dev.easel.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Spring Boot's error controller, answering machines with problem+json (status, title, detail, the path that failed)
 * instead of Boot's own JSON, and carrying no exception message or stack trace. Asked directly ({@code GET /error}),
 * with no failed request behind it, it answers 404: there is nothing at that address, and nothing went wrong.
 * Browsers still get Boot's error page. Only in a web application: the command line has no errors to serve.
 */
@Controller
@ConditionalOnWebApplication
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(
            ErrorAttributes errorAttributes, ServerProperties server, List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, server.getError(), errorViewResolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(request, status));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.put("instance", path != null ? path : request.getRequestURI());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, headers, status);
    }

    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
    }

    private static String detail(HttpServletRequest request, HttpStatus status) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return "Nothing is served at this address.";
        }
        if (status.is5xxServerError()) {
            return "Easel could not complete the request.";
        }
        return status == HttpStatus.NOT_FOUND ? "Nothing is served at this address." : status.getReasonPhrase() + ".";
    }
}
