package dev.easel.privacy.centre;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** 429 once an address used up its minute on the public pages; the style sheet and scripts are not counted. */
final class AddressRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;

    AddressRateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getRequestURI().startsWith("/privacy/assets/") && !limits.allowAddress(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", "60");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Too many requests from this address: try again in a minute.");
            return;
        }
        chain.doFilter(request, response);
    }
}
