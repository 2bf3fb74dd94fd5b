package dev.easel.system.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The API description and Swagger UI are for signed-in users: a person signed in to the console opens Swagger UI with
 * the console's session (or is sent to its sign-in page), and a script fetches {@code /v3/api-docs} with HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiDocsSecurity {

    @Bean
    @Order(20)
    SecurityFilterChain apiDocsFilterChain(HttpSecurity http, ProblemAuthenticationHandlers handlers) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(
                        paths.matcher("/v3/api-docs"),
                        paths.matcher("/v3/api-docs/**"),
                        paths.matcher("/swagger-ui.html"),
                        paths.matcher("/swagger-ui/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(form -> form.loginPage(ConsoleSecurity.LOGIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(handlers))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .build();
    }
}
