package dev.easel.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figures counted by the database from the audit trail, the consent events and the hand-off table, so that they are
 * the same on every node and survive a restart. A scrape reuses figures younger than the refresh interval, so that
 * frequent scrapes do not turn into frequent counts over large tables.
 */
final class LedgerFigures {

    /** A "no" for CLV profiling is honoured when no CLV was published for the customer after Easel received it,
     * unless the customer consented again in between (the consent-compliance report's definition). */
    private static final String WITHDRAWALS = """
            SELECT count(*) AS received,
                   sum(CASE WHEN NOT EXISTS (
                           SELECT 1 FROM decision_log d
                            WHERE d.customer_key = e.customer_key AND d.kind = 'CLV_PUBLISHED'
                              AND d.recorded_at > e.recorded_at
                              AND NOT EXISTS (SELECT 1 FROM consent_events g
                                               WHERE g.customer_key = e.customer_key AND g.purpose = e.purpose
                                                 AND g.status = 'GIVEN' AND g.recorded_at > e.recorded_at
                                                 AND g.recorded_at < d.recorded_at))
                       THEN 1 ELSE 0 END) AS honoured
              FROM consent_events e
             WHERE e.purpose = 'clv-profiling' AND e.status IN ('WITHDRAWN', 'OBJECTED', 'OPTED_OUT')
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration refresh;
    private Figures figures;

    LedgerFigures(JdbcClient jdbc, Clock clock, Duration refresh) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.refresh = refresh;
    }

    record Figures(
            Instant countedAt,
            Map<String, Long> decisionsByKind,
            long withdrawalsReceived,
            long withdrawalsHonoured,
            long handoffsWaiting,
            long handoffsFailing) {

        long decisions(String kind) {
            return decisionsByKind.getOrDefault(kind, 0L);
        }
    }

    synchronized Figures current() {
        Instant now = clock.instant();
        if (figures == null || !figures.countedAt().plus(refresh).isAfter(now)) {
            figures = count(now);
        }
        return figures;
    }

    private Figures count(Instant now) {
        Map<String, Long> byKind = new HashMap<>();
        jdbc.sql("SELECT kind, count(*) AS n FROM decision_log GROUP BY kind")
                .query((row, i) -> byKind.put(row.getString("kind"), row.getLong("n")))
                .list();
        long[] withdrawals = jdbc.sql(WITHDRAWALS)
                .query((row, i) -> new long[] {row.getLong("received"), row.getLong("honoured")})
                .single();
        long[] handoffs = jdbc.sql("""
                        SELECT count(*) AS waiting, sum(CASE WHEN attempts > 0 THEN 1 ELSE 0 END) AS failing
                          FROM workflow_handoffs""")
                .query((row, i) -> new long[] {row.getLong("waiting"), row.getLong("failing")})
                .single();
        return new Figures(now, Map.copyOf(byKind), withdrawals[0], withdrawals[1], handoffs[0], handoffs[1]);
    }
}
