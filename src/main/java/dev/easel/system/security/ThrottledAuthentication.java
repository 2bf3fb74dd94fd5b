package dev.easel.system.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one password check of the service (HTTP Basic on the API and {@code /engine-rest}, and Camunda's webapp login,
 * which asks this provider through the engine's identity plugin), throttled by {@link LoginThrottle}. The source
 * address comes from the request (behind a proxy, from its forwarded headers once
 * {@code server.forward-headers-strategy} is set).
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
            return passwords.authenticate(authentication);
        }
        String user = authentication.getName();
        String address = address(authentication);
        throttle.check(user, address);
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException refused) {
            throttle.failed(user, address);
            throw refused;
        }
        if (result != null && result.isAuthenticated()) {
            throttle.succeeded(user, address);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "local";
    }
}
