package dev.easel.privacy.centre;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Holds the link a customer opened in their session, so the token leaves the address bar (and the history and any
 * Referer) after the first request. Every request checks it again: an expired link stops working mid-visit.
 */
@Component
class CustomerSession {

    private static final String ATTRIBUTE = "easel.privacy.link.";

    private final PrivacyTokens tokens;

    CustomerSession(PrivacyTokens tokens) {
        this.tokens = tokens;
    }

    /** A fresh session for the link (a fixed session id from before cannot ride along). */
    void open(HttpServletRequest request, String token, LinkUse use) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(ATTRIBUTE + use.name(), token);
    }

    void close(HttpServletRequest request) {
        HttpSession current = request.getSession(false);
        if (current != null) {
            current.invalidate();
        }
    }

    Optional<PrivacyToken> grant(HttpServletRequest request, LinkUse use) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE + use.name()) instanceof String token)) {
            return Optional.empty();
        }
        return tokens.verify(token, use);
    }
}
