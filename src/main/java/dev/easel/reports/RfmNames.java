package dev.easel.reports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for the RFM segments (thirds of recency, frequency and historic value, 1 low to 3 high) that a marketer
 * reads without a key: the name says how recent and how frequent, the suffix how valuable, the code stays beside.
 */
final class RfmNames {

    private static final Pattern CODE = Pattern.compile("R([123]) F([123]) M([123])");
    private static final String[] VALUE = {"", "low value", "mid value", "high value"};

    private RfmNames() {}

    /** The segment's name alone, e.g. "Champions" for R3 F3: what the chart groups by. */
    static String name(String code) {
        Matcher scores = CODE.matcher(code);
        if (!scores.matches()) {
            return code;
        }
        int recency = Integer.parseInt(scores.group(1));
        boolean frequent = Integer.parseInt(scores.group(2)) == 3;
        return switch (recency) {
            case 3 -> frequent ? "Champions" : "Recent buyers";
            case 2 -> frequent ? "Loyal, cooling" : "Cooling";
            default -> frequent ? "At risk, were loyal" : "Dormant";
        };
    }

    /** Name, value and code, e.g. "Champions, high value (R3 F3 M3)": what the table prints. */
    static String describe(String code) {
        Matcher scores = CODE.matcher(code);
        if (!scores.matches()) {
            return code;
        }
        return name(code) + ", " + VALUE[Integer.parseInt(scores.group(3))] + " (" + code + ")";
    }
}
