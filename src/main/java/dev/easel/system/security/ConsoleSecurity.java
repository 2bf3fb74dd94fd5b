package dev.easel.system.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The console's own filter chain: form login with a session and CSRF tokens, for people in a browser. It matches the
 * console's paths only, so the API chain (stateless HTTP Basic), the engine REST chain and Camunda's webapps (their
 * own login) are untouched. Which role may open which page is declared on each page with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleSecurity {

    static final String LOGIN = "/login";
    static final String HOME = "/console/home";

    @Bean
    @Order(10)
    SecurityFilterChain consoleFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(
                        paths.matcher("/"),
                        paths.matcher(LOGIN),
                        paths.matcher("/logout"),
                        paths.matcher("/console/**"),
                        paths.matcher("/webjars/**")))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                paths.matcher(LOGIN), paths.matcher("/console/assets/**"), paths.matcher("/webjars/**"))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage(LOGIN).defaultSuccessUrl(HOME, false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?signedOut"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                        + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
