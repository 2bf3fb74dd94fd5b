package dev.easel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.easel.testing.PostgresIntegrationTest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision log on real PostgreSQL, with the service's login and the owner's. Tamper tests act as the database
 * owner, who can switch the triggers off, inside a transaction that is rolled back.
 */
@PostgresIntegrationTest
class DecisionLogIT {

    @Autowired
    DecisionLog log;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Autowired
    DataSource service;

    @Autowired
    AnchorFile anchors;

    @Autowired
    Clock clock;

    @Autowired
    TestRestTemplate http;

    @Test
    void chainsEveryRecordToThePreviousOne() {
        DecisionRecord first = log.append(published("cus_chain_1", "120.00"));
        DecisionRecord second = log.append(published("cus_chain_2", "80.00"));

        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theServiceLoginMayNeitherChangeNorDeleteRecordsNorSwitchOffTheTriggers() {
        DecisionRecord record = log.append(published("cus_immutable", "10.00"));

        assertThatThrownBy(() -> jdbc.sql("UPDATE decision_log SET reason = 'edited' WHERE id = ?")
                        .param(record.id())
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM decision_log WHERE id = ?")
                        .param(record.id())
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE decision_log").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("ALTER TABLE decision_log DISABLE TRIGGER USER")
                        .update())
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("DROP TRIGGER decision_log_no_update_or_delete ON decision_log")
                        .update())
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("""
                CREATE OR REPLACE FUNCTION refuse_decision_log_change() RETURNS trigger
                LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END; $$""").update()).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(
                        () -> jdbc.sql("SET session_replication_role = replica").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThat(log.hashOf(record.id())).isEqualTo(record.hash());
    }

    @Test
    void refusesToStartOnALoginThatCouldRewriteTheTrail() {
        AuditProperties separate =
                new AuditProperties(true, new AuditProperties.Anchor(null, null, false, null), java.time.Duration.ZERO);

        new DatabaseRoleCheck(new JdbcTemplate(service), separate).afterSingletonsInstantiated();
        assertThatThrownBy(() -> new DatabaseRoleCheck(new JdbcTemplate(owner), separate).afterSingletonsInstantiated())
                .hasMessageContaining("owns decision_log")
                .hasMessageContaining("EASEL_DB_OWNER_USER");
    }

    @Test
    void evenTheOwnerIsRefusedAnUpdateUntilTheTriggersAreSwitchedOff() {
        DecisionRecord record = log.append(published("cus_owner_update", "10.00"));

        assertThatThrownBy(() -> JdbcClient.create(owner)
                        .sql("UPDATE decision_log SET reason = 'edited' WHERE id = ?")
                        .param(record.id())
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        JdbcClient.create(owner).sql("TRUNCATE decision_log").update())
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void namesARecordTheOwnerChanged() {
        DecisionRecord target = appendThree("cus_changed").get(1);

        ChainVerification verification = tamperedByOwner(
                "UPDATE decision_log SET outputs = '{\"predictedClv\":\"9999.00\"}' WHERE id = " + target.id());

        assertThat(verification.intact()).isFalse();
        assertThat(verification.breaks()).singleElement().satisfies(found -> {
            assertThat(found.kind()).isEqualTo(ChainBreak.Kind.CHANGED);
            assertThat(found.firstId()).isEqualTo(target.id());
            assertThat(found.problem()).contains("does not match its hash");
        });
    }

    @Test
    void namesARecordTheOwnerDeletedFromTheMiddle() {
        DecisionRecord target = appendThree("cus_deleted").get(1);

        ChainVerification verification = tamperedByOwner("DELETE FROM decision_log WHERE id = " + target.id());

        assertThat(verification.breaks()).singleElement().satisfies(found -> {
            assertThat(found.kind()).isEqualTo(ChainBreak.Kind.MISSING);
            assertThat(found.firstId()).isEqualTo(target.id());
            assertThat(found.problem()).isEqualTo("record " + target.id() + " is missing");
        });
    }

    @Test
    void namesBothOfTwoSwappedRecords() {
        List<DecisionRecord> three = appendThree("cus_swapped");
        long a = three.get(0).id();
        long b = three.get(1).id();

        ChainVerification verification = tamperedByOwner(
                "UPDATE decision_log SET id = -1 WHERE id = " + a,
                "UPDATE decision_log SET id = " + a + " WHERE id = " + b,
                "UPDATE decision_log SET id = " + b + " WHERE id = -1");

        assertThat(verification.breaks())
                .extracting(ChainBreak::kind, ChainBreak::firstId)
                .containsExactly(tuple(ChainBreak.Kind.MOVED, a), tuple(ChainBreak.Kind.MOVED, b));
    }

    @Test
    void namesEveryBreakNotOnlyTheFirst() {
        List<DecisionRecord> first = appendThree("cus_many_breaks_a");
        List<DecisionRecord> second = appendThree("cus_many_breaks_b");

        ChainVerification verification = tamperedByOwner(
                "UPDATE decision_log SET reason = 'edited' WHERE id = "
                        + first.get(0).id(),
                "DELETE FROM decision_log WHERE id IN (" + first.get(2).id() + ", "
                        + second.get(0).id() + ")",
                "UPDATE decision_log SET customer_key = 'cus_someone_else' WHERE id = "
                        + second.get(2).id());

        assertThat(verification.firstBrokenId()).isEqualTo(first.get(0).id());
        assertThat(verification.breaks())
                .extracting(ChainBreak::kind, ChainBreak::firstId, ChainBreak::lastId)
                .containsExactly(
                        tuple(
                                ChainBreak.Kind.CHANGED,
                                first.get(0).id(),
                                first.get(0).id()),
                        tuple(
                                ChainBreak.Kind.MISSING,
                                first.get(2).id(),
                                second.get(0).id()),
                        tuple(
                                ChainBreak.Kind.CHANGED,
                                second.get(2).id(),
                                second.get(2).id()));
    }

    @Test
    void noticesRecordsCutOffTheEndByTheHeadRow() {
        DecisionRecord last = appendThree("cus_truncated").get(2);

        ChainVerification verification = tamperedByOwner("DELETE FROM decision_log WHERE id = " + last.id());

        assertThat(verification.breaks()).singleElement().satisfies(found -> {
            assertThat(found.kind()).isEqualTo(ChainBreak.Kind.CUT_OFF);
            assertThat(found.firstId()).isEqualTo(last.id());
        });
    }

    @Test
    void noticesTheTailCutOffWithTheHeadRewrittenByTheAnchor() {
        List<DecisionRecord> three = appendThree("cus_cut_and_rewritten");
        AuditTrail.AnchorReceipt anchor = trail.anchor();
        DecisionRecord kept = three.get(0);

        ChainVerification verification = tamperedByOwner(
                "DELETE FROM decision_log WHERE id > " + kept.id(),
                "UPDATE decision_log_head SET last_id = " + kept.id() + ", last_hash = '" + kept.hash() + "'");

        assertThat(anchor.headId()).isEqualTo(three.get(2).id());
        assertThat(verification.anchor().headId()).isEqualTo(anchor.headId());
        assertThat(verification.breaks()).singleElement().satisfies(found -> {
            assertThat(found.kind()).isEqualTo(ChainBreak.Kind.CUT_OFF);
            assertThat(found.firstId()).isEqualTo(three.get(1).id());
            assertThat(found.lastId()).isEqualTo(three.get(2).id());
            assertThat(found.problem()).contains("the head row was rewritten");
        });
    }

    @Test
    void noticesAnAnchoredRecordRewrittenWithItsHashRecomputed() {
        List<DecisionRecord> three = appendThree("cus_rechained");
        trail.anchor();
        DecisionRecord last = three.get(2);
        StoredRow forged = new StoredRow(
                last.id(),
                last.recordedAt(),
                last.decision().kind().name(),
                "forger",
                "SYSTEM",
                last.decision().customerKey(),
                null,
                null,
                null,
                "[]",
                "{}",
                "forged",
                null,
                last.previousHash(),
                null);
        String forgedHash = HashChain.hashOf(forged);

        ChainVerification verification = tamperedByOwner(
                "UPDATE decision_log SET actor = 'forger', actor_role = 'SYSTEM', ruleset_version = NULL, "
                        + "model_version = NULL, inputs_digest = NULL, process_instance = NULL, rules_fired = '[]', "
                        + "outputs = '{}', reason = 'forged', hash = '" + forgedHash + "' WHERE id = " + last.id(),
                "UPDATE decision_log_head SET last_hash = '" + forgedHash + "'");

        assertThat(verification.breaks())
                .extracting(ChainBreak::kind, ChainBreak::firstId)
                .containsExactly(tuple(ChainBreak.Kind.NOT_AS_ANCHORED, last.id()));
    }

    @Test
    void auditorsReadRecordsByCustomerAndVerifyOverTheApi() {
        log.append(published("cus_api_read", "42.00"));

        ResponseEntity<DecisionRecord[]> records = http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/audit?customerKey=cus_api_read", DecisionRecord[].class);
        ResponseEntity<ChainVerification> verification =
                http.withBasicAuth("compliance", "demo").getForEntity("/api/audit/verify", ChainVerification.class);

        assertThat(records.getBody())
                .singleElement()
                .satisfies(record -> assertThat(record.decision().outputs()).containsEntry("predictedClv", "42.00"));
        assertThat(verification.getBody().intact()).isTrue();
    }

    @Test
    void analystsMayNotReadTheAuditTrail() {
        ResponseEntity<String> response =
                http.withBasicAuth("analyst", "demo").getForEntity("/api/audit", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private List<DecisionRecord> appendThree(String customerKey) {
        return List.of(
                log.append(published(customerKey, "1.00")),
                log.append(published(customerKey, "2.00")),
                log.append(published(customerKey, "3.00")));
    }

    /**
     * Runs the statements as the database owner, with the triggers switched off, verifies through the owner's
     * connection (which sees the uncommitted tampering), and rolls everything back, so the shared database keeps an
     * intact chain for the other tests.
     */
    private ChainVerification tamperedByOwner(String... statements) {
        TransactionTemplate ownerTransaction = new TransactionTemplate(new DataSourceTransactionManager(owner));
        return ownerTransaction.execute(status -> {
            JdbcClient asOwner = JdbcClient.create(owner);
            asOwner.sql("ALTER TABLE decision_log DISABLE TRIGGER USER").update();
            for (String statement : statements) {
                asOwner.sql(statement).update();
            }
            ChainVerifier verifier =
                    new ChainVerifier(new DecisionLog(asOwner, new JdbcTemplate(owner), clock), anchors);
            ChainVerification verification = verifier.verify();
            status.setRollbackOnly();
            return verification;
        });
    }

    private static Decision published(String customerKey, String predictedClv) {
        return Decision.bySystem(DecisionKind.CLV_PUBLISHED, customerKey, Map.of("predictedClv", predictedClv), "test");
    }
}
