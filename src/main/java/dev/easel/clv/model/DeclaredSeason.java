package dev.easel.clv.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A season the analyst declares in a business-editable file, one line per period and its relative intensity:
 * <pre>
 * # when, intensity   (unlisted days count 1; the profile is scaled so that a year averages 1)
 * Jan-Feb, 0.7
 * Sep, 1.2
 * Oct-Dec, 1.8
 * 08-15..09-10, 1.5   (a range of days, month-day, every year)
 * </pre>
 * A month is its English name, its three-letter abbreviation or its number. Periods may not overlap. The model uses a
 * monthly intensity, so a range of days is spread over its months (each month's intensity is the day-weighted mean
 * over its days). The version is the SHA-256 of the file's bytes, as for the rules.
 *
 * @param version "season-" and the first 12 hex digits of the SHA-256 of the file
 */
public record DeclaredSeason(String file, String version, SeasonalProfile profile, List<Period> periods) {

    /** One declared line: days of the year from {@code from} to {@code to} (inclusive) at {@code intensity}. */
    public record Period(int line, String when, MonthDay from, MonthDay to, double intensity) {}

    /** Every problem of the file, each as {@code file:line: message}. */
    public static final class Invalid extends IllegalArgumentException {
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public DeclaredSeason {
        periods = List.copyOf(periods);
    }

    public static DeclaredSeason read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** Parses and validates; throws {@link Invalid} naming every bad line. */
    public static DeclaredSeason parse(String name, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> problems = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        // Which line declared each day of a leap year, to name overlaps.
        int[] owner = new int[366];
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()
                    || periods.isEmpty()
                            && problems.isEmpty()
                            && line.toLowerCase(Locale.ROOT).replace(" ", "").equals("when,intensity")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 2) {
                problems.add(name + ":" + lineNo + ": expected 'when, intensity' (two fields), found " + fields.length
                        + " field" + (fields.length == 1 ? "" : "s"));
                continue;
            }
            String when = fields[0].strip();
            MonthDay[] range = range(when);
            if (range == null) {
                problems.add(name + ":" + lineNo + ": '" + when + "' is not a month or a period: write a month (Sep,"
                        + " September or 9), a range of months (Sep-Dec) or a range of days (08-15..09-10)");
                continue;
            }
            double intensity;
            try {
                intensity = Double.parseDouble(fields[1].strip());
            } catch (NumberFormatException e) {
                intensity = Double.NaN;
            }
            if (!(intensity > 0) || !Double.isFinite(intensity)) {
                problems.add(name + ":" + lineNo + ": intensity '" + fields[1].strip() + "' must be a positive number"
                        + " (1 is an ordinary day, 2 twice as busy)");
                continue;
            }
            int clash = 0;
            for (int day : days(range[0], range[1])) {
                if (owner[day] != 0 && clash == 0) {
                    clash = owner[day];
                }
            }
            if (clash != 0) {
                problems.add(name + ":" + lineNo + ": '" + when + "' overlaps the period declared on line " + clash);
                continue;
            }
            for (int day : days(range[0], range[1])) {
                owner[day] = lineNo;
            }
            periods.add(new Period(lineNo, when, range[0], range[1], intensity));
        }
        if (problems.isEmpty() && periods.isEmpty()) {
            problems.add(name + ":1: the file declares no period: write one line per period, e.g. 'Oct-Dec, 1.8'");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new DeclaredSeason(name, version(content), profile(periods), periods);
    }

    private static SeasonalProfile profile(List<Period> periods) {
        double[] daily = new double[366];
        java.util.Arrays.fill(daily, 1.0);
        for (Period period : periods) {
            for (int day : days(period.from(), period.to())) {
                daily[day] = period.intensity();
            }
        }
        double[] monthly = new double[12];
        LocalDate leap = LocalDate.of(2024, 1, 1);
        int[] count = new int[12];
        for (int d = 0; d < 366; d++) {
            int month = leap.plusDays(d).getMonthValue() - 1;
            monthly[month] += daily[d];
            count[month]++;
        }
        for (int m = 0; m < 12; m++) {
            monthly[m] /= count[m];
        }
        return new SeasonalProfile(monthly, SeasonalProfile.Source.DECLARED);
    }

    /** Days of a leap year (0-based) from {@code from} to {@code to}, wrapping over New Year when to is earlier. */
    private static List<Integer> days(MonthDay from, MonthDay to) {
        int start = from.atYear(2024).getDayOfYear() - 1;
        int end = to.atYear(2024).getDayOfYear() - 1;
        List<Integer> days = new ArrayList<>();
        for (int d = start; ; d = (d + 1) % 366) {
            days.add(d);
            if (d == end) {
                return days;
            }
        }
    }

    private static MonthDay[] range(String when) {
        if (when.contains("..")) {
            String[] ends = when.split("\\.\\.", -1);
            if (ends.length != 2) {
                return null;
            }
            MonthDay from = monthDay(ends[0].strip());
            MonthDay to = monthDay(ends[1].strip());
            return from == null || to == null ? null : new MonthDay[] {from, to};
        }
        String[] ends = when.split("-", -1);
        if (ends.length > 2) {
            return null;
        }
        Month first = month(ends[0].strip());
        Month last = ends.length == 2 ? month(ends[1].strip()) : first;
        if (first == null || last == null) {
            return null;
        }
        return new MonthDay[] {MonthDay.of(first, 1), MonthDay.of(last, last.maxLength())};
    }

    private static MonthDay monthDay(String text) {
        try {
            return MonthDay.parse("--" + text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Month month(String text) {
        if (text.matches("\\d{1,2}")) {
            int number = Integer.parseInt(text);
            return number >= 1 && number <= 12 ? Month.of(number) : null;
        }
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(text)
                    || month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(text)) {
                return month;
            }
        }
        return null;
    }

    private static String version(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return "season-" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
