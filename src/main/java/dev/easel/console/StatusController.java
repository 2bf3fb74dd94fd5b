package dev.easel.console;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The status strip as an htmx fragment, polled by every page; each figure only for the roles that need it. */
@Controller
class StatusController {

    private final StatusStrip strip;

    StatusController(StatusStrip strip) {
        this.strip = strip;
    }

    @GetMapping("/console/status")
    String status(Authentication user, Model model) {
        Set<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        boolean admin = roles.contains("ROLE_ADMIN");
        boolean compliance = roles.contains("ROLE_COMPLIANCE");
        boolean analyst = roles.contains("ROLE_ANALYST");
        if (admin || analyst || compliance) {
            model.addAttribute("run", strip.run());
        }
        if (admin || compliance) {
            model.addAttribute("reviews", strip.reviews());
            model.addAttribute("renewalsDue", strip.renewalsDue());
        }
        if (admin) {
            model.addAttribute("outbox", strip.outbox());
            model.addAttribute("klaviyo", strip.klaviyo());
        }
        if (admin || analyst) {
            model.addAttribute("rules", strip.rules());
        }
        if (admin || compliance || roles.contains("ROLE_AUDITOR")) {
            model.addAttribute("auditShown", true);
            model.addAttribute("audit", strip.audit());
        }
        return "console/status :: strip";
    }
}
