package dev.easel.commerce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.commerce.RefundRequest;
import dev.easel.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefundRulesTests {

    private final OrderSnapshot order = Fixtures.recordedOrder();

    @Test
    void acceptsARefundWithinWhatRemains() {
        RefundRequest refund =
                Fixtures.refund(new BigDecimal("18"), List.of(new RefundRequest.Line(1, 2, new BigDecimal("18"))));

        assertThat(RefundRules.validate(refund, order, Fixtures.KNOWN)).isEmpty();
    }

    @Test
    void rejectsRefundLargerThanWhatRemainsRefundable() {
        RefundRequest refund = Fixtures.refund(new BigDecimal("18.01"), null);

        assertThat(RefundRules.validate(refund, order, Fixtures.KNOWN))
                .containsExactly(
                        FieldProblem.of("amount", "must not exceed what remains refundable of the order (18 EUR)"));
    }

    @Test
    void rejectsRefundInAnotherCurrencyThanTheOrder() {
        RefundRequest refund =
                new RefundRequest("r-2", "REFUND", BigDecimal.ONE, "USD", null, Fixtures.PLACED.plusDays(1), null);

        assertThat(RefundRules.validate(refund, order, Fixtures.KNOWN))
                .extracting(FieldProblem::message)
                .containsExactly("must be the order's currency (EUR)");
    }

    @Test
    void rejectsRefundLinesThatTheOrderDoesNotHaveOrExceed() {
        RefundRequest refund = Fixtures.refund(
                BigDecimal.ONE,
                List.of(
                        new RefundRequest.Line(9, 1, BigDecimal.ONE),
                        new RefundRequest.Line(1, 3, new BigDecimal("20.01"))));

        assertThat(RefundRules.validate(refund, order, Fixtures.KNOWN))
                .extracting(FieldProblem::field)
                .containsExactly("lines[0].lineNo", "lines[1].quantity", "lines[1].amount");
    }

    @Test
    void namesEveryBadFieldOfARefund() {
        RefundRequest refund =
                new RefundRequest(null, "GIFT", new BigDecimal("-1"), null, null, Fixtures.PLACED.minusDays(1), null);

        assertThat(RefundRules.validate(refund, order, Fixtures.KNOWN))
                .extracting(FieldProblem::field)
                .containsExactly("refundId", "type", "amount", "currency", "occurredAt");
    }
}
