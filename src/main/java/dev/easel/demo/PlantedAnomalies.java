package dev.easel.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A few customers among the ordinary ones whose recent history a compliance officer must see, so that tests can
 * measure whether the review rules flag them: a value that jumps tenfold on one huge order, a serial returner whose
 * value jumps, a bulk order booked to a private person. They take the place of ordinary customers at positions fixed
 * by the seed (the marketplace keeps its size), with a consent to profiling of their own, and nothing in their data
 * says they were planted: only the side file {@value #FILE}, which no import reads, lists them.
 */
final class PlantedAnomalies {

    static final String FILE = "planted-anomalies.csv";
    static final String HEADER = "customerId,kind,expectedReason";
    /** Below this many customers nothing is planted: the small marketplaces other tests fit models on stay as they are. */
    static final int MINIMUM_CUSTOMERS = 1_000;

    static final int PER_KIND = 2;

    /** What was planted, and the review reason that must flag it. */
    enum Kind {
        TENFOLD_JUMP("ONE_ORDER_DOMINATES"),
        SERIAL_RETURNER_JUMP("SERIAL_RETURNER_VALUE_JUMP"),
        PRIVATE_BULK_ORDER("BULK_ORDER_BY_PRIVATE_PERSON");

        private final String expectedReason;

        Kind(String expectedReason) {
            this.expectedReason = expectedReason;
        }

        String expectedReason() {
            return expectedReason;
        }
    }

    /** Where a planted customer's rows go: the generator's own writers. */
    interface Rows {
        void customer(Person person, Identity identity);

        void consent(DemoConsent consent);

        void order(DemoOrder order);

        void refund(DemoRefund refund);
    }

    private static final long DAY = Timestamps.SECONDS_PER_DAY;

    private final DemoWindow window;
    private final Catalogue catalogue = new Catalogue();
    private final Map<Long, Kind> positions;
    private final List<String> planted = new ArrayList<>();

    PlantedAnomalies(DemoSettings settings) {
        this.window = settings.window();
        this.positions = positions(settings);
    }

    /** Spread evenly over the customers, shifted by the seed: the same seed plants the same customers. */
    static Map<Long, Kind> positions(DemoSettings settings) {
        Map<Long, Kind> positions = new LinkedHashMap<>();
        if (settings.customers() < MINIMUM_CUSTOMERS) {
            return positions;
        }
        int count = Kind.values().length * PER_KIND;
        long stride = settings.customers() / count;
        long offset = Math.floorMod(settings.seed(), stride);
        for (int i = 0; i < count; i++) {
            positions.put(1 + i * stride + offset, Kind.values()[i % Kind.values().length]);
        }
        return positions;
    }

    boolean claims(long number) {
        return positions.containsKey(number);
    }

    /**
     * Writes the customer drawn at a claimed position as a planted one: an adult private person with a short, modest
     * history and then the anomaly, a few days before the window's end. Returns the number of orders written.
     */
    int write(Person drawn, OrderBuilder orders, RefundBuilder refunds, RandomGenerator random, Rows rows) {
        Kind kind = positions.get(drawn.number());
        String name = Names.person(random);
        Identity identity = new Identity(
                drawn.primary().customerId(), drawn.primary().channel(), Names.email(name, drawn.number()));
        Person person = new Person(
                drawn.number(),
                CustomerType.INDIVIDUAL,
                drawn.jurisdiction(),
                window.lastDay().getYear() - 41,
                name,
                List.of(identity),
                drawn.buying(),
                window.end() - 320 * DAY);
        rows.customer(person, identity);
        rows.consent(new DemoConsent(
                identity.customerId(),
                ConsentBuilder.PROFILING,
                "GIVEN",
                "CONSENT",
                person.firstSeen() - DAY,
                "web-checkout",
                policyVersion(person.firstSeen() - DAY),
                "I agree that Easel analyses my orders, returns and visits to estimate my customer value and tailor "
                        + "offers to me.",
                false));
        int written = switch (kind) {
            case TENFOLD_JUMP -> tenfoldJump(person, orders, random, rows);
            case SERIAL_RETURNER_JUMP -> serialReturnerJump(person, orders, refunds, random, rows);
            case PRIVATE_BULK_ORDER -> privateBulkOrder(person, orders, random, rows);
        };
        planted.add(identity.customerId() + "," + kind.name() + "," + kind.expectedReason());
        return written;
    }

    /** Three small orders over the year, then one of expensive tools and canvas worth far more than all of them. */
    private int tenfoldJump(Person person, OrderBuilder orders, RandomGenerator random, Rows rows) {
        for (int daysAgo : new int[] {300, 200, 100}) {
            rows.order(order(person, orders, daysAgo, random, List.of(line("PNT-GOUACHE-SET12", 1))));
        }
        rows.order(order(
                person,
                orders,
                4,
                random,
                List.of(
                        line("TOL-TABLE-EASEL", 10),
                        line("CNV-ROLL-PRIMED-2M", 10),
                        line("KIT-ACRYLIC-BEGINNER", 10),
                        line("KIT-WATERCOLOUR-TRAVEL", 10))));
        return 4;
    }

    /**
     * Four orders of an easel pair and a canvas, three of them sent back; then a larger order that carries most of
     * what is left. Returns stay above 40 % of what was bought in the last 12 months.
     */
    private int serialReturnerJump(
            Person person, OrderBuilder orders, RefundBuilder refunds, RandomGenerator random, Rows rows) {
        int[] daysAgo = {300, 220, 150, 90};
        for (int i = 0; i < daysAgo.length; i++) {
            DemoOrder order = order(
                    person,
                    orders,
                    daysAgo[i],
                    random,
                    List.of(line("TOL-TABLE-EASEL", 2), line("CNV-STRETCHED-60X80", 1)));
            rows.order(order);
            if (i < 3) {
                rows.refund(refunds.fullReturn(order, order.placedAt() + 10 * DAY, "no longer needed"));
            }
        }
        rows.order(order(
                person, orders, 5, random, List.of(line("KIT-ACRYLIC-BEGINNER", 10), line("TOL-CUTTING-MAT-A2", 2))));
        return 5;
    }

    /** Two ordinary baskets, then 120 classroom canvas boards: a school's order on a private account. */
    private int privateBulkOrder(Person person, OrderBuilder orders, RandomGenerator random, Rows rows) {
        rows.order(order(person, orders, 250, random, List.of(line("PAP-SKETCHBOOK-A4", 2))));
        rows.order(order(person, orders, 120, random, List.of(line("BRU-SET-10", 1))));
        rows.order(order(person, orders, 6, random, List.of(line("CNV-BOARD-A4-CLASS", 120))));
        return 3;
    }

    private record Wanted(String code, int quantity) {}

    private static Wanted line(String code, int quantity) {
        return new Wanted(code, quantity);
    }

    /** An order with the builder's next id and channel, with these lines at list price from Easel's own stock. */
    private DemoOrder order(
            Person person, OrderBuilder orders, int daysAgo, RandomGenerator random, List<Wanted> wanted) {
        long placedAt = window.end() - daysAgo * DAY + 10 * 3600 + random.nextInt(6 * 3600);
        DemoOrder drawn = orders.build(person, placedAt, false, false, random);
        List<DemoLine> lines = new ArrayList<>(wanted.size());
        for (Wanted want : wanted) {
            Sku sku = catalogue.find(want.code());
            lines.add(new DemoLine(
                    lines.size() + 1, sku, want.quantity(), sku.priceIn(person.currency()), 0, Sellers.FIRST_PARTY));
        }
        return new DemoOrder(
                drawn.orderId(),
                drawn.identity(),
                drawn.channel(),
                placedAt,
                person.currency(),
                Sellers.FIRST_PARTY,
                "",
                List.copyOf(lines),
                false);
    }

    private static String policyVersion(long at) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(at, DAY));
        return date.getYear() + "." + (date.getMonthValue() <= 6 ? 1 : 2);
    }

    /** The side file listing the planted customers, for tests; no import reads it. None when nothing was planted. */
    void writeList(Path directory) {
        if (planted.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        planted.forEach(row -> text.append(row).append('\n'));
        try {
            Files.writeString(directory.resolve(FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
