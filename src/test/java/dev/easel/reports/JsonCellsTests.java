package dev.easel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCellsTests {

    private static final String OUTPUTS =
            "{\"explanation\":{\"totalClv\":\"1.00\",\"rows\":[1,2]},\"totalClv\":\"296.89\",\"currency\":\"USD\","
                    + "\"predictedPurchases\":3,\"suppressed\":false,\"note\":null,\"tags\":[\"a\",{\"b\":1}]}";

    @Test
    void readsTheTopLevelAmountAndCurrencyAndLeavesNestedValuesOut() {
        assertThat(JsonCells.amount(OUTPUTS, "totalClv")).isEqualTo(new BigDecimal("296.89"));
        assertThat(JsonCells.text(OUTPUTS, "currency")).isEqualTo("USD");
        assertThat(JsonCells.scalars(OUTPUTS))
                .isEqualTo(Map.of(
                        "totalClv", "296.89",
                        "currency", "USD",
                        "predictedPurchases", "3",
                        "suppressed", "false"));
    }

    @Test
    void takesTheFirstKeyPresentAndReadsNumbersAsWritten() {
        String json = "{\"predictedClv\":1.5e2,\"totalClv\":12}";

        assertThat(JsonCells.amount(json, "missing", "predictedClv", "totalClv"))
                .isEqualTo(new BigDecimal("1.5e2"));
        assertThat(JsonCells.amount(json, "totalClv")).isEqualTo(new BigDecimal("12"));
        assertThat(JsonCells.amount(json, "missing")).isNull();
    }

    @Test
    void anythingButAJsonObjectReadsAsEmpty() {
        assertThat(JsonCells.amount(null, "totalClv")).isNull();
        assertThat(JsonCells.text("", "currency")).isNull();
        assertThat(JsonCells.text("[1,2]", "currency")).isNull();
        assertThat(JsonCells.text("{\"currency\":", "currency")).isNull();
        assertThat(JsonCells.amount("{\"totalClv\":\"not a number\"}", "totalClv"))
                .isNull();
    }

    @Test
    void joinsTheRulesThatFiredAndPrintsAnyOtherItemAsJson() {
        assertThat(JsonCells.joined("[\"Returns do not count toward CLV\",\"Suppress when consent withdrawn\"]"))
                .isEqualTo("Returns do not count toward CLV; Suppress when consent withdrawn");
        assertThat(JsonCells.joined("[\"a\",{\"b\":1},2]")).isEqualTo("a; {\"b\":1}; 2");
        assertThat(JsonCells.joined("[]")).isEmpty();
        assertThat(JsonCells.joined(null)).isEmpty();
        assertThat(JsonCells.joined("{\"not\":\"a list\"}")).isEmpty();
        assertThat(JsonCells.joined("[\"cut")).isEmpty();
    }

    @Test
    void aTextReadAgainGivesWhatItGaveBeforeAndAnotherTextItsOwnValues() {
        String first = "{\"totalClv\":\"10.00\",\"currency\":\"EUR\"}";
        String second = "{\"totalClv\":\"20.00\",\"currency\":\"GBP\"}";

        // As a decision audit reads a row: value before (the previous row's after), value after, currency.
        for (int row = 0; row < 3; row++) {
            assertThat(JsonCells.amount(new String(first), "totalClv")).isEqualTo(new BigDecimal("10.00"));
            assertThat(JsonCells.amount(second, "totalClv")).isEqualTo(new BigDecimal("20.00"));
            assertThat(JsonCells.text(second, "currency")).isEqualTo("GBP");
            assertThat(JsonCells.text(first, "currency")).isEqualTo("EUR");
            assertThat(JsonCells.object(second).get("currency")).isEqualTo("GBP");
        }
    }
}
