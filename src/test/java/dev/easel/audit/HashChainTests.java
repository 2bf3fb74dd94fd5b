package dev.easel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashChainTests {

    private final StoredRow row = new StoredRow(
            1,
            Instant.parse("2026-11-22T10:15:30.123456Z"),
            "CLV_PUBLISHED",
            "easel",
            "SYSTEM",
            "cus_abc",
            "r1",
            "m1",
            "d1",
            CanonicalJson.write(List.of("Rule A")),
            CanonicalJson.write(Map.of("b", 2, "a", "1.50")),
            null,
            null,
            HashChain.GENESIS,
            null);

    @Test
    void writesMapKeysInSortedOrderWhateverTheirInsertionOrder() {
        assertThat(CanonicalJson.write(Map.of("zeta", 1, "alpha", 2))).isEqualTo("{\"alpha\":2,\"zeta\":1}");
    }

    @Test
    void hashesTheSameRowToTheSameValue() {
        assertThat(HashChain.hashOf(row)).isEqualTo(HashChain.hashOf(row)).hasSize(64);
    }

    @Test
    void aChangeToAnyColumnChangesTheHash() {
        StoredRow changedOutputs = new StoredRow(
                row.id(),
                row.recordedAt(),
                row.kind(),
                row.actor(),
                row.actorRole(),
                row.customerKey(),
                row.rulesetVersion(),
                row.modelVersion(),
                row.inputsDigest(),
                row.rulesFired(),
                CanonicalJson.write(Map.of("b", 3, "a", "1.50")),
                row.reason(),
                row.processInstance(),
                row.previousHash(),
                null);
        assertThat(HashChain.hashOf(changedOutputs)).isNotEqualTo(HashChain.hashOf(row));
    }

    @Test
    void theSameRowAfterAnotherPredecessorHashesDifferently() {
        StoredRow elsewhere = new StoredRow(
                row.id(),
                row.recordedAt(),
                row.kind(),
                row.actor(),
                row.actorRole(),
                row.customerKey(),
                row.rulesetVersion(),
                row.modelVersion(),
                row.inputsDigest(),
                row.rulesFired(),
                row.outputs(),
                row.reason(),
                row.processInstance(),
                "f".repeat(64),
                null);
        assertThat(HashChain.hashOf(elsewhere)).isNotEqualTo(HashChain.hashOf(row));
    }
}
