package dev.easel.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default demo marketplace (2,000 customers) read back and held against the schema and the business. */
class DemoMarketplaceGeneratorTests {

    private static final Pattern MONEY = Pattern.compile("\\d+\\.\\d{2}");
    private static final Set<String> CATEGORIES =
            Set.of("PAINTS", "BRUSHES", "CANVAS", "PAPER", "TOOLS", "KITS", "OTHER");
    private static final Set<String> CHANNELS = Set.of("WEB", "APP", "SHOPIFY", "STORE", "MARKETPLACE");
    private static final Set<String> EU = Set.of("FR", "DE", "NL", "ES", "IT", "BE", "IE", "AT");

    @TempDir
    static Path directory;

    static DemoDataSummary summary;
    static List<Map<String, String>> customers;
    static List<Map<String, String>> sellers;
    static List<Map<String, String>> promotions;
    static List<Map<String, String>> orderRows;
    static List<Map<String, String>> refundRows;
    static List<Map<String, String>> consents;
    static Map<String, Order> orders;

    @BeforeAll
    static void generateTheDefaultMarketplace() {
        summary = new DemoMarketplaceGenerator(DemoSettings.defaults()).generate(directory);
        customers = CsvRows.read(directory.resolve(DemoFiles.CUSTOMERS));
        sellers = CsvRows.read(directory.resolve(DemoFiles.SELLERS));
        promotions = CsvRows.read(directory.resolve(DemoFiles.PROMOTIONS));
        orderRows = CsvRows.read(directory.resolve(DemoFiles.ORDERS));
        refundRows = CsvRows.read(directory.resolve(DemoFiles.REFUNDS));
        consents = CsvRows.read(directory.resolve(DemoFiles.CONSENTS));
        orders = new LinkedHashMap<>();
        for (Map<String, String> row : orderRows) {
            orders.computeIfAbsent(row.get("orderId"), id -> new Order(row)).add(row);
        }
    }

    @Test
    void writesTheSameBytesForTheSameSeed(@TempDir Path first, @TempDir Path second, @TempDir Path other)
            throws IOException {
        new DemoMarketplaceGenerator(new DemoSettings(300, 7, LocalDate.of(2026, 10, 31))).generate(first);
        new DemoMarketplaceGenerator(new DemoSettings(300, 7, LocalDate.of(2026, 10, 31))).generate(second);
        new DemoMarketplaceGenerator(new DemoSettings(300, 8, LocalDate.of(2026, 10, 31))).generate(other);

        for (String file : List.of(
                DemoFiles.CUSTOMERS,
                DemoFiles.SELLERS,
                DemoFiles.PROMOTIONS,
                DemoFiles.ORDERS,
                DemoFiles.REFUNDS,
                DemoFiles.CONSENTS)) {
            assertThat(Files.readAllBytes(second.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        assertThat(Files.readAllBytes(other.resolve(DemoFiles.ORDERS)))
                .isNotEqualTo(Files.readAllBytes(first.resolve(DemoFiles.ORDERS)));
    }

    @Test
    void writesTheColumnsOfTheCsvContract() throws IOException {
        assertThat(firstLine(DemoFiles.ORDERS))
                .isEqualTo("orderId,customerId,channel,placedAt,currency,sellerId,"
                        + "promotionCodes,lineNo,sku,category,quantity,unitPrice,discount,lineSellerId");
        assertThat(firstLine(DemoFiles.REFUNDS))
                .isEqualTo("refundId,orderId,type,amount,currency,reason,occurredAt,lineNo,quantity,lineAmount");
        assertThat(firstLine(DemoFiles.CUSTOMERS))
                .isEqualTo("customerId,type,country,region,birthYear,email,name,channel");
        assertThat(firstLine(DemoFiles.SELLERS)).isEqualTo("sellerId,name,party,dpaSignedOn,country,region");
        assertThat(firstLine(DemoFiles.PROMOTIONS)).isEqualTo("code,name,startsAt,endsAt,discountPercent,channel");
        assertThat(firstLine(DemoFiles.CONSENTS))
                .isEqualTo("customerId,purpose,status,lawfulBasis,capturedAt,source,policyVersion,wording,signal");
    }

    @Test
    void countsWhatItWrote() {
        assertThat(summary.customers()).isEqualTo(customers.size()).isGreaterThanOrEqualTo(2_000);
        assertThat(summary.orderLines()).isEqualTo(orderRows.size());
        assertThat(summary.orders()).isEqualTo(orders.size());
        assertThat(summary.refundRows()).isEqualTo(refundRows.size());
        assertThat(summary.consents()).isEqualTo(consents.size());
        assertThat(customers.stream().map(c -> c.get("email").toLowerCase()).distinct())
                .hasSize(2_000);
    }

    @Test
    void customersSatisfyTheLedgerRules() {
        assertThat(customers).allSatisfy(customer -> {
            assertThat(customer.get("type")).isIn("INDIVIDUAL", "SCHOOL", "ORGANISATION");
            assertThat(customer.get("country")).matches("[A-Z]{2}");
            assertThat(customer.get("channel")).isIn(CHANNELS);
            assertThat(customer.get("email")).matches("(?i)[a-z0-9.]+@example\\.test");
            if (!customer.get("birthYear").isEmpty()) {
                assertThat(Integer.parseInt(customer.get("birthYear"))).isBetween(1900, 2100);
            }
        });
        assertThat(customers.stream().map(c -> c.get("customerId")).distinct()).hasSize(customers.size());
    }

    @Test
    void orderLinesSatisfyTheLedgerRules() throws IOException {
        Set<String> currencies = iso4217();
        Set<String> customerIds =
                customers.stream().map(c -> c.get("customerId")).collect(toSet());
        Set<String> sellerIds = sellers.stream().map(s -> s.get("sellerId")).collect(toSet());
        assertThat(orderRows).allSatisfy(row -> {
            assertThat(customerIds).contains(row.get("customerId"));
            assertThat(row.get("channel")).isIn(CHANNELS);
            assertThat(row.get("category")).isIn(CATEGORIES);
            assertThat(currencies).contains(row.get("currency"));
            assertThat(row.get("unitPrice")).matches(MONEY);
            assertThat(row.get("discount")).matches(MONEY);
            assertThat(Integer.parseInt(row.get("quantity"))).isPositive();
            BigDecimal amount = money(row, "unitPrice").multiply(new BigDecimal(row.get("quantity")));
            assertThat(money(row, "discount")).isLessThanOrEqualTo(amount);
            String seller = row.get("lineSellerId").isEmpty() ? row.get("sellerId") : row.get("lineSellerId");
            assertThat(sellerIds).contains(seller);
            if (!row.get("sellerId").isEmpty()) {
                assertThat(sellerIds).contains(row.get("sellerId"));
            }
        });
    }

    @Test
    void linesOfAnOrderAreConsecutiveNumberedAndAgreeOnTheOrder() {
        Set<String> seen = new java.util.HashSet<>();
        String previous = null;
        for (Map<String, String> row : orderRows) {
            String orderId = row.get("orderId");
            if (!orderId.equals(previous)) {
                assertThat(seen.add(orderId))
                        .as("rows of %s are consecutive", orderId)
                        .isTrue();
            }
            previous = orderId;
        }
        assertThat(orders.values()).allSatisfy(order -> {
            assertThat(order.lineNumbers)
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, order.lineNumbers.size())
                            .boxed()
                            .toList());
            assertThat(order.consistent).as(order.id).isTrue();
        });
    }

    @Test
    void promotionsAreValidAndUsedOnlyInTheirWindows() {
        Map<String, Map<String, String>> byCode = new HashMap<>();
        promotions.forEach(p -> byCode.put(p.get("code"), p));
        assertThat(promotions).allSatisfy(p -> {
            assertThat(Instant.parse(p.get("endsAt"))).isAfter(Instant.parse(p.get("startsAt")));
            assertThat(new BigDecimal(p.get("discountPercent"))).isBetween(BigDecimal.ZERO, new BigDecimal(100));
        });
        assertThat(promotions)
                .anySatisfy(p -> assertThat(new BigDecimal(p.get("discountPercent")))
                        .isGreaterThanOrEqualTo(new BigDecimal(30)));
        assertThat(promotions)
                .anySatisfy(p ->
                        assertThat(new BigDecimal(p.get("discountPercent"))).isLessThanOrEqualTo(new BigDecimal(15)));
        List<Order> promoted =
                orders.values().stream().filter(o -> !o.codes.isEmpty()).toList();
        assertThat(promoted).hasSizeGreaterThan(orders.size() / 10);
        assertThat(promoted).allSatisfy(order -> {
            for (String code : order.codes.split("\\|")) {
                Map<String, String> promotion = byCode.get(code);
                assertThat(promotion).as(code).isNotNull();
                assertThat(order.placedAt)
                        .isBetween(Instant.parse(promotion.get("startsAt")), Instant.parse(promotion.get("endsAt")));
                if (!promotion.get("channel").isEmpty()) {
                    assertThat(order.channel).isEqualTo(promotion.get("channel"));
                }
            }
        });
        assertThat(promoted).anySatisfy(order -> assertThat(order.codes).startsWith("BF"));
    }

    @Test
    void refundsNeverExceedWhatWasPaidAndComeAfterTheirOrder() throws IOException {
        Set<String> currencies = iso4217();
        Map<String, BigDecimal> refundedPerOrder = new HashMap<>();
        Map<String, Map<String, String>> firstRowOfRefund = new LinkedHashMap<>();
        Map<String, BigDecimal> lineSumOfRefund = new HashMap<>();
        for (Map<String, String> row : refundRows) {
            Order order = orders.get(row.get("orderId"));
            assertThat(order)
                    .as("order of %s is in orders.csv", row.get("refundId"))
                    .isNotNull();
            assertThat(row.get("type")).isIn("REFUND", "RETURN", "EXCHANGE", "CANCELLATION");
            assertThat(row.get("currency")).isEqualTo(order.currency).isIn(currencies);
            assertThat(row.get("amount")).matches(MONEY);
            assertThat(Instant.parse(row.get("occurredAt"))).isAfter(order.placedAt);
            assertThat(row.get("reason")).doesNotContain("@");
            if (firstRowOfRefund.putIfAbsent(row.get("refundId"), row) == null) {
                refundedPerOrder.merge(order.id, money(row, "amount"), BigDecimal::add);
            }
            if (!row.get("lineNo").isEmpty()) {
                assertThat(Integer.parseInt(row.get("lineNo"))).isBetween(1, order.lineNumbers.size());
                assertThat(Integer.parseInt(row.get("quantity"))).isPositive();
                assertThat(row.get("lineAmount")).matches(MONEY);
                lineSumOfRefund.merge(row.get("refundId"), money(row, "lineAmount"), BigDecimal::add);
            }
        }
        refundedPerOrder.forEach(
                (orderId, refunded) -> assertThat(refunded).as(orderId).isLessThanOrEqualTo(orders.get(orderId).total));
        firstRowOfRefund.forEach((refundId, row) -> {
            if (lineSumOfRefund.containsKey(refundId)) {
                assertThat(lineSumOfRefund.get(refundId)).as(refundId).isEqualByComparingTo(money(row, "amount"));
            }
            if (row.get("type").equals("EXCHANGE")) {
                assertThat(money(row, "amount")).isZero();
            }
        });
        assertThat(firstRowOfRefund.values().stream().map(r -> r.get("type")).distinct())
                .containsExactlyInAnyOrder("REFUND", "RETURN", "EXCHANGE", "CANCELLATION");
    }

    @Test
    void cancellationsGiveEverythingBackShortlyAfterPlacing() {
        List<Map<String, String>> cancellations = refundRows.stream()
                .filter(r -> r.get("type").equals("CANCELLATION"))
                .toList();
        assertThat(cancellations).isNotEmpty().allSatisfy(row -> {
            Order order = orders.get(row.get("orderId"));
            assertThat(Duration.between(order.placedAt, Instant.parse(row.get("occurredAt"))))
                    .isLessThanOrEqualTo(Duration.ofHours(3));
            assertThat(money(row, "amount")).isEqualByComparingTo(order.total);
        });
    }

    @Test
    void refundsTouchEightToTenPercentOfOrders() {
        long refunded =
                refundRows.stream().map(r -> r.get("orderId")).distinct().count();

        assertThat((double) refunded / orders.size()).isBetween(0.08, 0.10);
    }

    @Test
    void ordersPeakAtBackToSchoolAndTheHolidays() {
        Map<Integer, Long> byMonth = orders.values().stream()
                .collect(groupingBy(o -> o.placedAt.atZone(ZoneOffset.UTC).getMonthValue(), counting()));
        double backToSchool = (byMonth.get(8) + byMonth.get(9)) / (double) orders.size();
        double holidays = (byMonth.get(11) + byMonth.get(12)) / (double) orders.size();
        double twoMonths = 61.0 / 365;

        assertThat(backToSchool).isGreaterThan(twoMonths * 1.2);
        assertThat(holidays).isGreaterThan(twoMonths * 1.2);
    }

    @Test
    void ordersFallInsideTheTwoYearWindow() {
        Instant start = Instant.parse("2024-11-01T00:00:00Z");
        Instant end = Instant.parse("2026-11-01T00:00:00Z");
        assertThat(orders.values()).allSatisfy(o -> assertThat(o.placedAt).isBetween(start, end.minusSeconds(1)));
        assertThat(refundRows)
                .allSatisfy(r -> assertThat(Instant.parse(r.get("occurredAt"))).isBefore(end));
    }

    @Test
    void bulkOrdersComeFromSchoolsAndOrganisations() {
        Map<String, String> typeOf = new HashMap<>();
        customers.forEach(c -> typeOf.put(c.get("customerId"), c.get("type")));
        // Except the bulk orders planted on private accounts for the review rules to find (PlantedAnomaliesTests).
        List<String> planted = CsvRows.read(directory.resolve(PlantedAnomalies.FILE)).stream()
                .map(row -> row.get("customerId"))
                .toList();
        List<Map<String, String>> bulkLines = orderRows.stream()
                .filter(r -> Integer.parseInt(r.get("quantity")) >= OrderBuilder.MIN_BULK_QUANTITY)
                .filter(r -> !planted.contains(r.get("customerId")))
                .toList();

        assertThat(bulkLines)
                .hasSizeGreaterThan(50)
                .allSatisfy(r -> assertThat(typeOf.get(r.get("customerId"))).isIn("SCHOOL", "ORGANISATION"));
        assertThat(bulkLines)
                .allSatisfy(r -> assertThat(Integer.parseInt(r.get("quantity"))).isBetween(50, 500));
        assertThat(bulkLines.stream().map(r -> typeOf.get(r.get("customerId"))).distinct())
                .containsExactlyInAnyOrder("SCHOOL", "ORGANISATION");
    }

    @Test
    void repeatBuyingIsHeterogeneous() {
        Map<String, Long> ordersPerPerson = orders.values().stream().collect(groupingBy(o -> o.customerId, counting()));
        Map<String, String> person = new HashMap<>();
        customers.forEach(c -> person.put(c.get("customerId"), c.get("email").toLowerCase()));
        Map<String, Long> perPerson = new HashMap<>();
        ordersPerPerson.forEach((id, n) -> perPerson.merge(person.get(id), n, Long::sum));

        long oneTime = perPerson.values().stream().filter(n -> n == 1).count();
        long frequent = perPerson.values().stream().filter(n -> n >= 20).count();
        assertThat(oneTime).isGreaterThan(2_000 / 5);
        assertThat(frequent).isGreaterThan(2_000 / 20);
        assertThat((double) orders.size() / 2_000).isBetween(7.0, 14.0);
    }

    @Test
    void someThirdPartySellersLackAProcessingAgreementOrSitElsewhere() {
        List<Map<String, String>> thirdParty = sellers.stream()
                .filter(s -> s.get("party").equals("THIRD_PARTY"))
                .toList();

        assertThat(sellers)
                .filteredOn(s -> s.get("party").equals("FIRST_PARTY"))
                .hasSize(1);
        assertThat(thirdParty).anySatisfy(s -> assertThat(s.get("dpaSignedOn")).isEmpty());
        assertThat(thirdParty)
                .anySatisfy(
                        s -> assertThat(LocalDate.parse(s.get("dpaSignedOn"))).isNotNull());
        assertThat(thirdParty).anySatisfy(s -> assertThat(s.get("country")).isNotIn(EU));
        Set<String> sellingThirdParty = orderRows.stream()
                .map(r -> r.get("lineSellerId").isEmpty() ? r.get("sellerId") : r.get("lineSellerId"))
                .collect(toSet());
        assertThat(sellingThirdParty)
                .containsAll(thirdParty.stream().map(s -> s.get("sellerId")).toList());
    }

    @Test
    void thePersonBehindOneEmailArrivesFromTwoChannels() {
        Map<String, List<Map<String, String>>> byEmail =
                customers.stream().collect(groupingBy(c -> c.get("email").trim().toLowerCase()));
        List<List<Map<String, String>>> twice =
                byEmail.values().stream().filter(l -> l.size() == 2).toList();

        assertThat(twice).hasSizeGreaterThan(40).allSatisfy(pair -> {
            assertThat(pair.get(0).get("customerId")).isNotEqualTo(pair.get(1).get("customerId"));
            assertThat(pair.get(0).get("channel")).isNotEqualTo(pair.get(1).get("channel"));
        });
        Set<String> ordering = orders.values().stream().map(o -> o.customerId).collect(toSet());
        assertThat(twice)
                .anySatisfy(pair -> assertThat(ordering)
                        .contains(pair.get(0).get("customerId"), pair.get(1).get("customerId")));
        assertThat(twice)
                .anySatisfy(pair -> assertThat(pair.get(0).get("email"))
                        .isNotEqualTo(pair.get(1).get("email")));
    }

    @Test
    void customersLiveInTheEuTheUkSwitzerlandBrazilCanadaAndManyUsStates() {
        Set<String> places = customers.stream()
                .map(c -> c.get("country") + "/" + c.get("region"))
                .collect(toSet());

        assertThat(places)
                .contains(
                        "FR/",
                        "DE/",
                        "NL/",
                        "ES/",
                        "IT/",
                        "GB/",
                        "CH/",
                        "BR/",
                        "CA/CA-ON",
                        "CA/CA-QC",
                        "US/US-CA",
                        "US/US-CO",
                        "US/US-TX",
                        "US/US-VA",
                        "US/US-OR",
                        "US/US-CT",
                        "US/US-NY",
                        "AU/");
        assertThat(customers).anySatisfy(c -> assertThat(c.get("birthYear")).isEmpty());
        assertThat(customers)
                .anySatisfy(c -> assertThat(c.get("birthYear"))
                        .isNotEmpty()
                        .satisfies(year ->
                                assertThat(2026 - Integer.parseInt(year)).isLessThan(16)));
        assertThat(orderRows.stream().map(r -> r.get("currency")).distinct())
                .containsExactlyInAnyOrder("EUR", "GBP", "USD");
    }

    @Test
    void customersInTheNewJurisdictionFamiliesWithdrawOptOutAndSendGpcSignals() {
        java.util.Map<String, String> placeOf = new java.util.HashMap<>();
        customers.forEach(
                c -> placeOf.put(c.get("customerId"), c.get("region").isEmpty() ? c.get("country") : c.get("region")));
        Set<String> statesWithLaws = Set.of("US-CO", "US-TX", "US-VA", "US-OR", "US-CT", "US-FL");
        java.util.function.Predicate<java.util.Map<String, String>> inUsStateWithLaw =
                c -> statesWithLaws.contains(placeOf.get(c.get("customerId")));
        java.util.function.Predicate<java.util.Map<String, String>> inCanada =
                c -> String.valueOf(placeOf.get(c.get("customerId"))).startsWith("CA-");

        assertThat(consents)
                .filteredOn(inUsStateWithLaw)
                .extracting(c -> c.get("status"))
                .contains("WITHDRAWN", "OPTED_OUT");
        assertThat(consents)
                .filteredOn(inUsStateWithLaw)
                .anySatisfy(c -> assertThat(c.get("signal")).isEqualTo("GPC"));
        assertThat(consents)
                .filteredOn(inCanada)
                .extracting(c -> c.get("status"))
                .contains("WITHDRAWN", "OPTED_OUT");
        assertThat(consents)
                .filteredOn(c -> Set.of("CH", "BR").contains(placeOf.get(c.get("customerId"))))
                .extracting(c -> c.get("status"))
                .contains("GIVEN");
    }

    @Test
    void consentsCoverEveryStatusPurposeAndBasisAndTheGpcSignal() {
        Set<String> customerIds =
                customers.stream().map(c -> c.get("customerId")).collect(toSet());
        Instant end = Instant.parse("2026-11-01T00:00:00Z");
        assertThat(consents).allSatisfy(consent -> {
            assertThat(customerIds).contains(consent.get("customerId"));
            assertThat(consent.get("purpose")).isIn("clv-profiling", "marketing-sync");
            assertThat(consent.get("status")).isIn("GIVEN", "WITHDRAWN", "OBJECTED", "OPTED_OUT");
            assertThat(consent.get("lawfulBasis")).isIn("CONSENT", "LEGITIMATE_INTEREST", "CONTRACT");
            assertThat(consent.get("signal")).isIn("", "GPC");
            assertThat(Instant.parse(consent.get("capturedAt"))).isBefore(end);
            assertThat(consent.get("source")).isNotEmpty();
            assertThat(consent.get("policyVersion")).isNotEmpty();
            assertThat(consent.get("wording")).isNotEmpty();
        });
        assertThat(consents.stream().map(c -> c.get("status")).distinct())
                .containsExactlyInAnyOrder("GIVEN", "WITHDRAWN", "OBJECTED", "OPTED_OUT");
        assertThat(consents.stream().map(c -> c.get("lawfulBasis")).distinct())
                .containsExactlyInAnyOrder("CONSENT", "LEGITIMATE_INTEREST", "CONTRACT");
        assertThat(consents.stream().map(c -> c.get("purpose")).distinct())
                .containsExactlyInAnyOrder("clv-profiling", "marketing-sync");
        assertThat(consents).anySatisfy(c -> assertThat(c.get("signal")).isEqualTo("GPC"));
        Instant yearBeforeEnd = end.minus(Duration.ofDays(365));
        assertThat(consents)
                .anySatisfy(c -> assertThat(Instant.parse(c.get("capturedAt")))
                        .isBetween(yearBeforeEnd.minus(Duration.ofDays(30)), yearBeforeEnd));
        assertThat(consents).anySatisfy(c -> assertThat(c.get("source")).isEqualTo("renewal-email"));
    }

    @Test
    void moneyAddsUpOnEveryLine() {
        assertThat(orderRows).allSatisfy(row -> {
            BigDecimal total = money(row, "unitPrice")
                    .multiply(new BigDecimal(row.get("quantity")))
                    .subtract(money(row, "discount"));
            assertThat(total.signum()).isNotNegative();
            assertThat(total.scale()).isEqualTo(2);
        });
    }

    private static String firstLine(String file) throws IOException {
        try (var lines = Files.lines(directory.resolve(file), StandardCharsets.UTF_8)) {
            return lines.findFirst().orElseThrow();
        }
    }

    private static BigDecimal money(Map<String, String> row, String column) {
        return new BigDecimal(row.get(column));
    }

    // The ledger's own list of currency codes, read from its migration.
    private static Set<String> iso4217() throws IOException {
        try (InputStream in = DemoMarketplaceGeneratorTests.class.getResourceAsStream(
                "/db/migration/common/V2__iso4217_currencies.sql")) {
            Matcher codes =
                    Pattern.compile("\\('([A-Z]{3})'").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> all = new java.util.HashSet<>();
            while (codes.find()) {
                all.add(codes.group(1));
            }
            return all;
        }
    }

    /** One order gathered from its rows. */
    static final class Order {
        final String id;
        final String customerId;
        final String channel;
        final Instant placedAt;
        final String currency;
        final String seller;
        final String codes;
        final List<Integer> lineNumbers = new java.util.ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean consistent = true;

        Order(Map<String, String> row) {
            id = row.get("orderId");
            customerId = row.get("customerId");
            channel = row.get("channel");
            placedAt = Instant.parse(row.get("placedAt"));
            currency = row.get("currency");
            seller = row.get("sellerId");
            codes = row.get("promotionCodes");
        }

        void add(Map<String, String> row) {
            consistent &= customerId.equals(row.get("customerId"))
                    && channel.equals(row.get("channel"))
                    && placedAt.equals(Instant.parse(row.get("placedAt")))
                    && currency.equals(row.get("currency"))
                    && seller.equals(row.get("sellerId"))
                    && codes.equals(row.get("promotionCodes"));
            lineNumbers.add(Integer.parseInt(row.get("lineNo")));
            total = total.add(money(row, "unitPrice").multiply(new BigDecimal(row.get("quantity"))))
                    .subtract(money(row, "discount"));
        }
    }
}
