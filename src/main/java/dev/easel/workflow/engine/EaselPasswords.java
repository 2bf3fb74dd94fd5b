package dev.easel.workflow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda check passwords the way the rest of the service does: the webapps' login calls
 * {@code IdentityService.checkPassword}, which now asks Easel's authentication (its users and password encoder), so a
 * configured user logs into Tasklist and Cockpit with the same password as into the API, plain or pre-encoded.
 */
@Component
class EaselPasswords extends AbstractProcessEnginePlugin {

    private final AuthenticationProvider authentication;

    EaselPasswords(AuthenticationProvider authentication) {
        this.authentication = authentication;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                // Writable, so that Camunda also uses it to store the users and groups CamundaIdentity copies.
                return EaselIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new EaselIdentityProvider(EaselPasswords.this::matches);
            }
        });
    }

    boolean matches(String user, String password) {
        try {
            Authentication result =
                    authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
            return result != null && result.isAuthenticated();
        } catch (AuthenticationException refused) {
            return false;
        }
    }
}
