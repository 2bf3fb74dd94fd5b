package dev.easel.console;

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

    /** Analysts, compliance officers and admins start on the CLV overview; the other roles' desks come later. */
    @GetMapping("/console/home")
    String home(Authentication user) {
        boolean clvReader = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role -> role.equals("ROLE_ANALYST") || role.equals("ROLE_COMPLIANCE")
                        || role.equals("ROLE_ADMIN"));
        return clvReader ? "redirect:/console/clv" : "console/home";
    }
}
