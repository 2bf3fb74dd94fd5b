package dev.easel.audit;

import java.time.Instant;

/**
 * Which decision records an auditor is looking for; every part optional.
 *
 * @param actor who decided, as recorded (a user name, or {@code easel} for the service)
 * @param from  the first instant included
 * @param to    the first instant no longer included
 */
public record AuditFilter(String customerKey, DecisionKind kind, String actor, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public static AuditFilter ofCustomer(String customerKey) {
        return new AuditFilter(customerKey, null, null, null, null);
    }
}
