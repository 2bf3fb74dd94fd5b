package dev.easel.workflow.engine;

import dev.easel.system.security.ProblemAuthenticationHandlers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API answers anyone unless secured: here it takes HTTP Basic with Easel's users, and each request runs
 * as that user with their Camunda groups, so that Camunda's authorization decides what they may see and do. The
 * webapps under {@code /camunda} keep their own login and are not matched here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class EngineRestSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain engineRestFilterChain(
            HttpSecurity http, IdentityService identity, ProblemAuthenticationHandlers problems) throws Exception {
        return http
                // Matched on the whole path: the REST API is its own servlet, outside Spring MVC's mappings.
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // 401 and, after too many failed logins, 429 as problem+json, as on the API.
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Credentials on every request, no cookies: there is no session for a forged request to ride on.
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new CamundaUserFilter(identity), AuthorizationFilter.class)
                .build();
    }

    /** Runs the rest of the request as the authenticated user in Camunda's terms, then forgets them. */
    static final class CamundaUserFilter extends OncePerRequestFilter {

        private final IdentityService identity;

        CamundaUserFilter(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            List<String> groups = identity.createGroupQuery().groupMember(user.getName()).list().stream()
                    .map(Group::getId)
                    .toList();
            identity.setAuthentication(user.getName(), groups);
            try {
                chain.doFilter(request, response);
            } finally {
                identity.clearAuthentication();
            }
        }
    }
}
