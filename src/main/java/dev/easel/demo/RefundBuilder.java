package dev.easel.demo;

import static dev.easel.demo.Distributions.chance;
import static dev.easel.demo.Distributions.uniform;
import static dev.easel.demo.Distributions.uniformInt;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Decides what goes wrong with an order after it is placed. About one order in eleven sees a refund, return,
 * exchange or cancellation; a few see a second one. What was given back is tracked per line so that no refund ever
 * exceeds what was paid, and anything that would happen after the window's end has not happened yet.
 */
final class RefundBuilder {

    /** Chosen so that, after refunds beyond the window's end are dropped, 8-10% of orders have one. */
    static final double REFUND_SHARE = 0.094;

    static final long MAX_CANCELLATION_DELAY = 3 * 3600;

    private static final double SECOND_REFUND_SHARE = 0.12;
    private static final Weighted<RefundType> TYPES = Weighted.of(List.of(RefundType.values()), 28, 40, 16, 16);
    private static final List<String> RETURN_REASONS = List.of(
            "wrong colour", "damaged in transit", "no longer needed", "not as described", "ordered twice by mistake");
    private static final List<String> REFUND_REASONS = List.of("item missing from parcel", "arrived damaged");
    private static final List<String> GOODWILL_REASONS = List.of("late delivery, goodwill", "price adjustment");
    private static final List<String> CANCELLATION_REASONS =
            List.of("cancelled by customer before dispatch", "payment not completed", "out of stock");
    private static final long DAY = Timestamps.SECONDS_PER_DAY;

    private final long windowEnd;
    private long nextRefund = 1;

    RefundBuilder(DemoWindow window) {
        this.windowEnd = window.end();
    }

    List<DemoRefund> refunds(DemoOrder order, RandomGenerator random) {
        if (!chance(random, REFUND_SHARE)) {
            return List.of();
        }
        Remaining remaining = new Remaining(order);
        RefundType type = TYPES.pick(random);
        List<DemoRefund> refunds = new ArrayList<>(2);
        DemoRefund first = build(type, order, order.placedAt(), remaining, random);
        if (first == null) {
            return List.of();
        }
        refunds.add(first);
        if (type != RefundType.CANCELLATION && chance(random, SECOND_REFUND_SHARE)) {
            RefundType followUp = chance(random, 0.5) ? RefundType.REFUND : RefundType.RETURN;
            DemoRefund second = build(followUp, order, first.occurredAt(), remaining, random);
            if (second != null) {
                refunds.add(second);
            }
        }
        return refunds;
    }

    /** Everything of the order sent back at that moment, with the next refund id. */
    DemoRefund fullReturn(DemoOrder order, long occurredAt, String reason) {
        List<DemoRefund.Line> lines = new ArrayList<>();
        for (DemoLine line : order.lines()) {
            lines.add(new DemoRefund.Line(line.lineNo(), line.quantity(), line.totalCents()));
        }
        return new DemoRefund(
                "ref-" + nextRefund++,
                order,
                RefundType.RETURN,
                order.totalCents(),
                reason,
                occurredAt,
                List.copyOf(lines));
    }

    // Null when it would fall after the window's end or nothing is left to give back.
    private DemoRefund build(
            RefundType type, DemoOrder order, long after, Remaining remaining, RandomGenerator random) {
        long occurredAt = switch (type) {
            case CANCELLATION -> after + uniformInt(random, 120, (int) MAX_CANCELLATION_DELAY);
            case REFUND -> after + (long) (uniform(random, 2, 20) * DAY);
            case RETURN, EXCHANGE -> after + (long) (uniform(random, 5, 35) * DAY);
        };
        if (occurredAt >= windowEnd || remaining.total == 0) {
            return null;
        }
        List<DemoRefund.Line> lines = new ArrayList<>();
        long amount = 0;
        String reason;
        switch (type) {
            case CANCELLATION -> {
                for (DemoLine line : order.lines()) {
                    lines.add(remaining.take(line, line.quantity()));
                }
                amount = sum(lines);
                reason = pick(CANCELLATION_REASONS, random);
            }
            case RETURN -> {
                for (DemoLine line : order.lines()) {
                    if ((lines.isEmpty() && line.lineNo() == order.lines().size()) || chance(random, 0.5)) {
                        int left = remaining.quantity[line.lineNo() - 1];
                        if (left > 0) {
                            int units = left == 1 || chance(random, 0.6) ? left : uniformInt(random, 1, left - 1);
                            lines.add(remaining.take(line, units));
                        }
                    }
                }
                amount = sum(lines);
                reason = pick(RETURN_REASONS, random);
            }
            case REFUND -> {
                if (chance(random, 0.5)) {
                    DemoLine line =
                            order.lines().get(random.nextInt(order.lines().size()));
                    int left = remaining.quantity[line.lineNo() - 1];
                    if (left > 0) {
                        lines.add(remaining.take(line, left));
                    }
                    amount = sum(lines);
                    reason = pick(REFUND_REASONS, random);
                } else {
                    amount = Math.min(remaining.total, Money.percentOf(order.totalCents(), uniformInt(random, 10, 30)));
                    remaining.total -= amount;
                    reason = pick(GOODWILL_REASONS, random);
                }
            }
            case EXCHANGE -> {
                DemoLine line = order.lines().get(random.nextInt(order.lines().size()));
                lines.add(new DemoRefund.Line(line.lineNo(), uniformInt(random, 1, line.quantity()), 0));
                reason = "exchanged for another colour or size";
            }
            default -> throw new IllegalStateException(type.name());
        }
        if (type != RefundType.EXCHANGE && amount == 0) {
            return null;
        }
        return new DemoRefund("ref-" + nextRefund++, order, type, amount, reason, occurredAt, List.copyOf(lines));
    }

    private static long sum(List<DemoRefund.Line> lines) {
        long sum = 0;
        for (DemoRefund.Line line : lines) {
            sum += line.amountCents();
        }
        return sum;
    }

    private static String pick(List<String> choices, RandomGenerator random) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Units and money of one order not yet given back. */
    private static final class Remaining {
        private final int[] quantity;
        private final long[] cents;
        private long total;

        Remaining(DemoOrder order) {
            quantity = new int[order.lines().size()];
            cents = new long[order.lines().size()];
            for (DemoLine line : order.lines()) {
                quantity[line.lineNo() - 1] = line.quantity();
                cents[line.lineNo() - 1] = line.totalCents();
            }
            total = order.totalCents();
        }

        // The last units of a line take whatever money is left on it, so rounding never leaves or exceeds a cent.
        DemoRefund.Line take(DemoLine line, int units) {
            int index = line.lineNo() - 1;
            long amount = units == quantity[index] ? cents[index] : cents[index] * units / quantity[index];
            amount = Math.min(amount, total);
            quantity[index] -= units;
            cents[index] -= amount;
            total -= amount;
            return new DemoRefund.Line(line.lineNo(), units, amount);
        }
    }
}
