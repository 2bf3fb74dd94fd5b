package dev.easel.demo;

/** Money as whole cents: exact arithmetic at the speed of longs; every demo currency has two minor units. */
final class Money {

    private Money() {}

    static void append(StringBuilder out, long cents) {
        if (cents < 0) {
            out.append('-');
            cents = -cents;
        }
        out.append(cents / 100).append('.');
        long minor = cents % 100;
        if (minor < 10) {
            out.append('0');
        }
        out.append(minor);
    }

    static String format(long cents) {
        StringBuilder out = new StringBuilder(12);
        append(out, cents);
        return out.toString();
    }

    /** The share {@code percent} of {@code cents}, rounded half up to a cent. */
    static long percentOf(long cents, int percent) {
        return (cents * percent + 50) / 100;
    }
}
