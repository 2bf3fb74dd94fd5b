package dev.easel.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The promotion calendar: the same campaigns every year, kept where they overlap the window. */
final class Promotions {

    static final String WELCOME_CODE = "WELCOME10";

    private final List<Promotion> all;
    private final Promotion welcome;

    Promotions(DemoWindow window) {
        List<Promotion> promotions = new ArrayList<>();
        for (int year = window.firstDay().getYear(); year <= window.lastDay().getYear(); year++) {
            for (Promotion promotion : campaigns(year)) {
                if (promotion.startsAt() < window.end() && promotion.endsAt() > window.start()) {
                    promotions.add(promotion);
                }
            }
        }
        welcome = new Promotion(
                WELCOME_CODE, "Welcome: 10% off the first order", window.start(), window.end(), 10, null, false);
        promotions.add(welcome);
        all = List.copyOf(promotions);
    }

    List<Promotion> all() {
        return all;
    }

    Promotion welcome() {
        return welcome;
    }

    private static List<Promotion> campaigns(int year) {
        LocalDate thanksgiving =
                LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        LocalDate blackFriday = thanksgiving.plusDays(1);
        return List.of(
                campaign(
                        "SPRING" + year,
                        "Spring colours",
                        LocalDate.of(year, 3, 15),
                        LocalDate.of(year, 4, 15),
                        10,
                        null,
                        false),
                campaign(
                        "APPWEEK" + year,
                        "App week, app only",
                        LocalDate.of(year, 5, 5),
                        LocalDate.of(year, 5, 12),
                        15,
                        Channel.APP,
                        false),
                campaign(
                        "SUMMER" + year,
                        "Summer sketching sale",
                        LocalDate.of(year, 7, 1),
                        LocalDate.of(year, 7, 31),
                        20,
                        null,
                        false),
                campaign(
                        "BTS" + year,
                        "Back to school",
                        LocalDate.of(year, 8, 15),
                        LocalDate.of(year, 9, 15),
                        30,
                        null,
                        true),
                campaign(
                        "BF" + year,
                        "Black Friday to Cyber Monday",
                        blackFriday,
                        blackFriday.plusDays(4),
                        45,
                        null,
                        true),
                campaign(
                        "HOLIDAY" + year,
                        "Holiday gifts",
                        LocalDate.of(year, 12, 1),
                        LocalDate.of(year, 12, 24),
                        15,
                        null,
                        false));
    }

    // The window runs from the first day's midnight to the midnight after the last day (UTC).
    private static Promotion campaign(
            String code,
            String name,
            LocalDate first,
            LocalDate lastExclusive,
            int percent,
            Channel channel,
            boolean deep) {
        return new Promotion(
                code, name, Timestamps.startOf(first), Timestamps.startOf(lastExclusive), percent, channel, deep);
    }
}
