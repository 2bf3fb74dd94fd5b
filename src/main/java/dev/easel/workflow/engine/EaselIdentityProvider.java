package dev.easel.workflow.engine;

import java.util.function.BiPredicate;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;

/**
 * Camunda's own identity provider (users, groups and memberships in its tables, which {@link CamundaIdentity} keeps
 * equal to Easel's users), except that a password is checked by Easel. Camunda hashes passwords its own way and cannot
 * check a pre-encoded one such as {@code {bcrypt}...}, so Tasklist and Cockpit would refuse such users.
 */
final class EaselIdentityProvider extends DbIdentityServiceProvider {

    private final BiPredicate<String, String> passwords;

    EaselIdentityProvider(BiPredicate<String, String> passwords) {
        this.passwords = passwords;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return userId != null && password != null && passwords.test(userId, password);
    }
}
