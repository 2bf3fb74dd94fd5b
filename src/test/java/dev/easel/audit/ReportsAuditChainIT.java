package dev.easel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.reports.AuditChain.ChainCheck;
import dev.easel.testing.PostgresIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision-audit header's chain check: a whole walk, then for a while only the records appended since, chained
 * onto where the whole walk ended; any doubt walks the whole chain again.
 */
@PostgresIntegrationTest
class ReportsAuditChainIT {

    private static final Instant WHOLE_WALK = Instant.parse("2026-12-03T01:00:00Z");

    @Autowired
    DecisionLog log;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    AnchorFile anchors;

    @Autowired
    AuditProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Test
    void aLaterReportWalksOnlyTheRecordsAppendedSinceAndSaysWhenTheWholeChainWasWalked() {
        log.append(published("cus_header_1"));
        ReportsAuditChain chain = chain(verifier, Duration.ofMinutes(10));

        ChainCheck whole = chain.verify();
        log.append(published("cus_header_2"));
        log.append(published("cus_header_3"));
        ChainCheck extended = chain.verify();

        assertThat(whole.intact()).isTrue();
        assertThat(whole.wholeWalkAt()).isNull();
        assertThat(whole.describe()).isEqualTo("intact: " + whole.recordsChecked() + " records verified");
        assertThat(extended.intact()).isTrue();
        assertThat(extended.recordsChecked()).isEqualTo(whole.recordsChecked() + 2);
        assertThat(extended.walkedSince()).isEqualTo(2);
        assertThat(extended.wholeWalkAt()).isEqualTo(WHOLE_WALK);
        assertThat(extended.describe())
                .isEqualTo("intact: " + extended.recordsChecked() + " records; the first " + whole.recordsChecked()
                        + " verified in full at 2026-12-03 01:00:00 UTC, the 2 appended since verified now onto the"
                        + " last of them");
    }

    @Test
    void walksTheWholeChainAgainOnceTheLastWholeWalkIsOlderThanAllowed() {
        ReportsAuditChain chain = chain(verifier, Duration.ZERO);

        chain.verify();
        log.append(published("cus_header_aged"));
        ChainCheck again = chain.verify();

        assertThat(again.wholeWalkAt()).isNull();
        assertThat(again.walkedSince()).isZero();
        assertThat(again.describe()).endsWith(" records verified");
    }

    @Test
    void walksTheWholeChainWhenTheRecordTheLastWholeWalkEndedOnWasChanged() {
        log.append(published("cus_header_changed"));
        ChainCheck[] checks = asOwner(ownerVerifier -> {
            ReportsAuditChain chain = chain(ownerVerifier, Duration.ofMinutes(10));
            ChainCheck before = chain.verify();
            JdbcClient.create(owner)
                    .sql("UPDATE decision_log SET reason = 'edited' WHERE id = ?")
                    .param(before.recordsChecked())
                    .update();
            return new ChainCheck[] {before, chain.verify()};
        });

        assertThat(checks[0].intact()).isTrue();
        assertThat(checks[1].intact()).isFalse();
        assertThat(checks[1].firstBrokenId()).isEqualTo(checks[0].recordsChecked());
        assertThat(checks[1].describe()).startsWith("BROKEN at record " + checks[0].recordsChecked());
    }

    @Test
    void aChangedRecordAmongThoseAppendedSinceIsFoundByAWholeWalk() {
        ChainCheck[] checks = asOwner(ownerVerifier -> {
            ReportsAuditChain chain = chain(ownerVerifier, Duration.ofMinutes(10));
            ChainCheck before = chain.verify();
            DecisionLog ownerLog = new DecisionLog(JdbcClient.create(owner), new JdbcTemplate(owner), clock);
            DecisionRecord appended = ownerLog.append(published("cus_header_appended"));
            ownerLog.append(published("cus_header_after"));
            JdbcClient.create(owner)
                    .sql("UPDATE decision_log SET reason = 'edited' WHERE id = ?")
                    .param(appended.id())
                    .update();
            return new ChainCheck[] {before, chain.verify()};
        });

        assertThat(checks[0].intact()).isTrue();
        assertThat(checks[1].intact()).isFalse();
        assertThat(checks[1].wholeWalkAt()).isNull();
        assertThat(checks[1].firstBrokenId()).isEqualTo(checks[0].recordsChecked() + 1);
    }

    private ReportsAuditChain chain(ChainVerifier walker, Duration maxAge) {
        AuditProperties withMaxAge =
                new AuditProperties(properties.requireSeparateOwner(), properties.anchor(), maxAge);
        return new ReportsAuditChain(walker, Clock.fixed(WHOLE_WALK, ZoneOffset.UTC), withMaxAge);
    }

    /**
     * Runs the work as the database owner with the triggers switched off, walking through the owner's connection
     * (which sees the uncommitted changes), and rolls everything back so the shared database keeps an intact chain.
     */
    private ChainCheck[] asOwner(java.util.function.Function<ChainVerifier, ChainCheck[]> work) {
        TransactionTemplate ownerTransaction = new TransactionTemplate(new DataSourceTransactionManager(owner));
        return ownerTransaction.execute(status -> {
            JdbcClient client = JdbcClient.create(owner);
            client.sql("ALTER TABLE decision_log DISABLE TRIGGER USER").update();
            ChainVerifier ownerVerifier =
                    new ChainVerifier(new DecisionLog(client, new JdbcTemplate(owner), clock), anchors);
            ChainCheck[] checks = work.apply(ownerVerifier);
            status.setRollbackOnly();
            return checks;
        });
    }

    private static Decision published(String customerKey) {
        return Decision.bySystem(DecisionKind.CLV_PUBLISHED, customerKey, Map.of("totalClv", "12.50"), "test");
    }
}
