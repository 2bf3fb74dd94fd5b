package dev.easel.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic marketplace as the six CSV files. Streams: customers are drawn one at a time, each with their own
 * random stream split from the seed, and each order is written as soon as it is built; only the reference data
 * (sellers, promotions, catalogue, season curve) stays in memory, so a million customers need no more heap than ten.
 */
public final class DemoMarketplaceGenerator {

    private final DemoSettings settings;

    public DemoMarketplaceGenerator(DemoSettings settings) {
        this.settings = settings;
    }

    /** The files {@link #generate} writes, in the order of the summary's row counts. */
    public static List<String> files() {
        return List.of(
                DemoFiles.CUSTOMERS,
                DemoFiles.SELLERS,
                DemoFiles.PROMOTIONS,
                DemoFiles.ORDERS,
                DemoFiles.REFUNDS,
                DemoFiles.CONSENTS);
    }

    public DemoDataSummary generate(Path directory) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DemoWindow window = settings.window();
        Promotions promotions = new Promotions(window);
        Seasonality seasonality = new Seasonality(window, promotions);
        People people = new People(window, seasonality);
        PurchasePlanner planner = new PurchasePlanner(window, seasonality);
        OrderBuilder orderBuilder = new OrderBuilder(new Catalogue(), promotions);
        RefundBuilder refundBuilder = new RefundBuilder(window);
        ConsentBuilder consentBuilder = new ConsentBuilder(window);
        PlantedAnomalies anomalies = new PlantedAnomalies(settings);
        SplittableRandom seed = new SplittableRandom(settings.seed());
        long orders = 0;
        long refunds = 0;
        try (DemoFiles files = new DemoFiles(directory)) {
            Sellers.all().forEach(seller -> writeSeller(files.sellers, seller));
            promotions.all().forEach(promotion -> writePromotion(files.promotions, promotion));
            for (long number = 1; number <= settings.customers(); number++) {
                SplittableRandom random = seed.split();
                Person person = people.next(number, random);
                if (anomalies.claims(number)) {
                    orders += anomalies.write(person, orderBuilder, refundBuilder, random, rows(files));
                    continue;
                }
                person.identities().forEach(identity -> writeCustomer(files.customers, person, identity));
                consentBuilder.consents(person, random).forEach(consent -> writeConsent(files.consents, consent));
                PurchasePlan plan = planner.plan(person, random);
                for (int i = 0; i < plan.size(); i++) {
                    DemoOrder order = orderBuilder.build(person, plan.time(i), plan.bulk(i), i == 0, random);
                    writeOrder(files.orders, order);
                    orders++;
                    List<DemoRefund> orderRefunds = refundBuilder.refunds(order, random);
                    for (DemoRefund refund : orderRefunds) {
                        writeRefund(files.refunds, refund);
                    }
                    refunds += orderRefunds.size();
                }
            }
            anomalies.writeList(directory);
            return new DemoDataSummary(
                    files.customers.rows(),
                    files.sellers.rows(),
                    files.promotions.rows(),
                    orders,
                    files.orders.rows(),
                    refunds,
                    files.refunds.rows(),
                    files.consents.rows(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static PlantedAnomalies.Rows rows(DemoFiles files) {
        return new PlantedAnomalies.Rows() {
            public void customer(Person person, Identity identity) {
                writeCustomer(files.customers, person, identity);
            }

            public void consent(DemoConsent consent) {
                writeConsent(files.consents, consent);
            }

            public void order(DemoOrder order) {
                writeOrder(files.orders, order);
            }

            public void refund(DemoRefund refund) {
                writeRefund(files.refunds, refund);
            }
        };
    }

    private static void writeCustomer(CsvWriter csv, Person person, Identity identity) {
        Jurisdiction where = person.jurisdiction();
        csv.text(identity.customerId())
                .text(person.type().name())
                .text(where.country())
                .text(where.region());
        if (person.birthYear() == null) {
            csv.empty();
        } else {
            csv.number(person.birthYear());
        }
        csv.text(identity.email())
                .text(person.name())
                .text(identity.channel().name())
                .endRow();
    }

    private static void writeSeller(CsvWriter csv, Seller seller) {
        csv.text(seller.sellerId())
                .text(seller.name())
                .text(seller.firstParty() ? "FIRST_PARTY" : "THIRD_PARTY")
                .text(seller.dpaSignedOn() == null ? "" : seller.dpaSignedOn().toString())
                .text(seller.country())
                .text(seller.region())
                .endRow();
    }

    private static void writePromotion(CsvWriter csv, Promotion promotion) {
        csv.text(promotion.code())
                .text(promotion.name())
                .time(promotion.startsAt())
                .time(promotion.endsAt())
                .money(promotion.discountPercent() * 100L)
                .text(promotion.channel() == null ? "" : promotion.channel().name())
                .endRow();
    }

    private static void writeOrder(CsvWriter csv, DemoOrder order) {
        String orderSeller = order.seller() == null ? "" : order.seller().sellerId();
        for (DemoLine line : order.lines()) {
            String lineSeller =
                    line.seller() == order.seller() ? "" : line.seller().sellerId();
            csv.text(order.orderId())
                    .text(order.identity().customerId())
                    .text(order.channel().name())
                    .time(order.placedAt())
                    .text(order.currency())
                    .text(orderSeller)
                    .text(order.promotionCodes())
                    .number(line.lineNo())
                    .text(line.sku().code())
                    .text(line.sku().category().name())
                    .number(line.quantity())
                    .money(line.unitCents())
                    .money(line.discountCents())
                    .text(lineSeller)
                    .endRow();
        }
    }

    private static void writeRefund(CsvWriter csv, DemoRefund refund) {
        if (refund.lines().isEmpty()) {
            refundColumns(csv, refund).empty().empty().empty().endRow();
        }
        for (DemoRefund.Line line : refund.lines()) {
            refundColumns(csv, refund)
                    .number(line.lineNo())
                    .number(line.quantity())
                    .money(line.amountCents())
                    .endRow();
        }
    }

    private static CsvWriter refundColumns(CsvWriter csv, DemoRefund refund) {
        return csv.text(refund.refundId())
                .text(refund.order().orderId())
                .text(refund.type().name())
                .money(refund.amountCents())
                .text(refund.order().currency())
                .text(refund.reason())
                .time(refund.occurredAt());
    }

    private static void writeConsent(CsvWriter csv, DemoConsent consent) {
        csv.text(consent.customerId())
                .text(consent.purpose())
                .text(consent.status())
                .text(consent.lawfulBasis())
                .time(consent.capturedAt())
                .text(consent.source())
                .text(consent.policyVersion())
                .text(consent.wording())
                .text(consent.gpc() ? "GPC" : "")
                .endRow();
    }
}
