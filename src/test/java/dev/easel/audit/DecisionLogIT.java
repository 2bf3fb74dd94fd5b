package dev.easel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import dev.easel.testing.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision log on real PostgreSQL. Tamper tests break the chain inside a transaction that is rolled back, so the
 * shared database keeps an intact chain for the other tests.
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
    TransactionTemplate transactions;

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
    void refusesToUpdateOrDeleteARecord() {
        DecisionRecord record = log.append(published("cus_immutable", "10.00"));

        assertThatThrownBy(() -> jdbc.sql("UPDATE decision_log SET reason = 'edited' WHERE id = ?")
                .param(record.id()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM decision_log WHERE id = ?").param(record.id()).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE decision_log").update()).hasMessageContaining("append-only");
    }

    @Test
    void namesARecordChangedBehindTheTriggersBack() {
        DecisionRecord target = appendThree("cus_changed").get(1);

        ChainVerification verification = tampered(
                "UPDATE decision_log SET outputs = '{\"predictedClv\":\"9999.00\"}' WHERE id = " + target.id());

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenId()).isEqualTo(target.id());
        assertThat(verification.problem()).contains("does not match its hash");
    }

    @Test
    void namesADeletedRecord() {
        DecisionRecord target = appendThree("cus_deleted").get(1);

        ChainVerification verification = tampered("DELETE FROM decision_log WHERE id = " + target.id());

        assertThat(verification.firstBrokenId()).isEqualTo(target.id());
        assertThat(verification.problem()).contains("missing");
    }

    @Test
    void namesTheFirstOfTwoSwappedRecords() {
        List<DecisionRecord> three = appendThree("cus_swapped");
        long a = three.get(0).id();
        long b = three.get(1).id();

        ChainVerification verification = tampered(
                "UPDATE decision_log SET id = -1 WHERE id = " + a,
                "UPDATE decision_log SET id = " + a + " WHERE id = " + b,
                "UPDATE decision_log SET id = " + b + " WHERE id = -1");

        assertThat(verification.firstBrokenId()).isEqualTo(a);
        assertThat(verification.problem()).contains("does not follow its predecessor");
    }

    @Test
    void noticesRecordsCutOffTheEnd() {
        DecisionRecord last = appendThree("cus_truncated").get(2);

        ChainVerification verification = tampered("DELETE FROM decision_log WHERE id = " + last.id());

        assertThat(verification.firstBrokenId()).isEqualTo(last.id());
        assertThat(verification.problem()).contains("missing");
    }

    @Test
    void auditorsReadRecordsByCustomerAndVerifyOverTheApi() {
        log.append(published("cus_api_read", "42.00"));

        ResponseEntity<DecisionRecord[]> records = http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/audit?customerKey=cus_api_read", DecisionRecord[].class);
        ResponseEntity<ChainVerification> verification = http.withBasicAuth("compliance", "demo")
                .getForEntity("/api/audit/verify", ChainVerification.class);

        assertThat(records.getBody()).singleElement()
                .satisfies(record -> assertThat(record.decision().outputs()).containsEntry("predictedClv", "42.00"));
        assertThat(verification.getBody().intact()).isTrue();
    }

    @Test
    void analystsMayNotReadTheAuditTrail() {
        ResponseEntity<String> response = http.withBasicAuth("analyst", "demo").getForEntity("/api/audit",
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private List<DecisionRecord> appendThree(String customerKey) {
        return List.of(log.append(published(customerKey, "1.00")), log.append(published(customerKey, "2.00")),
                log.append(published(customerKey, "3.00")));
    }

    /** Runs the statements with the triggers disabled, verifies, and rolls everything back. */
    private ChainVerification tampered(String... statements) {
        return transactions.execute(status -> {
            jdbc.sql("ALTER TABLE decision_log DISABLE TRIGGER USER").update();
            for (String statement : statements) {
                jdbc.sql(statement).update();
            }
            ChainVerification verification = trail.verify();
            status.setRollbackOnly();
            return verification;
        });
    }

    private static Decision published(String customerKey, String predictedClv) {
        return Decision.bySystem(DecisionKind.CLV_PUBLISHED, customerKey, Map.of("predictedClv", predictedClv),
                "test");
    }
}
