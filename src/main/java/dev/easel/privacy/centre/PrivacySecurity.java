package dev.easel.privacy.centre;

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
 * The customers' pages need no staff login: a signed link is their key, checked by the pages themselves. Forms
 * carry CSRF tokens (the session holds the link's grant); no HTTP Basic, no form login. The checkout component and
 * the survey webhook authenticate each request by a token or signature instead of a cookie, so CSRF does not apply
 * to them. Ordered before the console's chain; the API's and the engine's chains are untouched.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PrivacySecurity {

    static final String COMPONENT_CONSENTS = "/privacy/component/consents";
    static final String SURVEY_WEBHOOK = "/webhooks/surveys/**";

    @Bean
    @Order(5)
    SecurityFilterChain privacyFilterChain(HttpSecurity http, RateLimits limits) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(paths.matcher("/privacy/**"), paths.matcher(SURVEY_WEBHOOK)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf ->
                        csrf.ignoringRequestMatchers(paths.matcher(COMPONENT_CONSENTS), paths.matcher(SURVEY_WEBHOOK)))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .anonymous(anonymous -> {})
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .addFilterBefore(
                        new AddressRateLimitFilter(limits), org.springframework.security.web.csrf.CsrfFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; "
                                                + "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
