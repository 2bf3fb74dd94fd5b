package dev.easel.console;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /} leads to the sign-in page, then to the home of the user's role. */
@Controller
class ConsoleController {

    private final boolean demoUsers;

    ConsoleController(@Value("${easel.security.demo-users:false}") boolean demoUsers) {
        this.demoUsers = demoUsers;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/console/home";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoUsers", demoUsers);
        return "console/login";
    }

    /**
     * Analysts, compliance officers and admins start on the CLV overview, auditors at their desk's audit log; a role
     * without a desk (INGEST) gets a welcome page.
     */
    @GetMapping("/console/home")
    String home(Authentication user) {
        Set<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (roles.contains("ROLE_ANALYST") || roles.contains("ROLE_COMPLIANCE") || roles.contains("ROLE_ADMIN")) {
            return "redirect:/console/clv";
        }
        return roles.contains("ROLE_AUDITOR") ? "redirect:/console/audit" : "console/home";
    }
}
