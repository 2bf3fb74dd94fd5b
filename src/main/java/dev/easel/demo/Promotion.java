package dev.easel.demo;

/**
 * A discount code valid in a window.
 *
 * @param channel the only channel it is valid on, or {@code null} for all
 * @param deep    a headline discount (Black Friday, back to school) that many shoppers in the window use
 */
record Promotion(
        String code, String name, long startsAt, long endsAt, int discountPercent, Channel channel, boolean deep) {

    boolean appliesTo(long placedAt, Channel orderChannel) {
        return placedAt >= startsAt && placedAt < endsAt && (channel == null || channel == orderChannel);
    }
}
