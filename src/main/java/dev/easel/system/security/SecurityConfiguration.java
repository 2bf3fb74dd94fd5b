package dev.easel.system.security;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * HTTP security for the API: HTTP Basic, no sessions, problem+json for 401 and 403. Which role may call what is
 * declared next to each endpoint with {@code @PreAuthorize}; here everything but health, the GPC file and the
 * Shopify webhook (signed instead) needs a user.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager userDetailsService(
            SecurityProperties properties, Environment environment, PasswordEncoder encoder) {
        return EaselUsers.from(properties, environment, encoder);
    }

    /**
     * Every login of the service (HTTP Basic on the API and engine REST, the Camunda webapps) goes through this one
     * provider, throttled per user and per address.
     */
    @Bean
    AuthenticationProvider authenticationProvider(
            InMemoryUserDetailsManager users, PasswordEncoder encoder, Clock clock, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(encoder);
        passwords.setUserDetailsService(users);
        return new ThrottledAuthentication(
                new VerifiedCredentialsCache(passwords, VerifiedCredentialsCache.DEFAULT_TIME_TO_LIVE, clock),
                throttle);
    }

    @Bean
    ConfiguredUsers configuredUsers(SecurityProperties properties) {
        return ConfiguredUsers.of(properties);
    }

    /** Only a web server has requests to filter; the command-line tools start the service without one. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationHandlers handlers) throws Exception {
        return http.securityMatcher("/api/**", "/webhooks/**", "/actuator/**", "/.well-known/**", "/error")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/.well-known/gpc.json", "/error")
                        .permitAll()
                        // Shopify signs its webhooks instead of logging in: the controller verifies the HMAC.
                        .requestMatchers(HttpMethod.POST, "/webhooks/shopify")
                        .permitAll()
                        // Business metrics name queues and decision counts: operators only.
                        .requestMatchers("/actuator/prometheus")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(handlers))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                // Stateless and lean: every request brings its credentials, so nothing is kept in or read from a
                // session, no request is saved for a later login, there is no logout, and a request without a user
                // stays without one (no anonymous token) rather than passing through filters that cannot matter.
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(sessions -> sessions.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                // A machine API authenticated on every request by credentials, not cookies: no CSRF token to forge.
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .build();
    }
}
