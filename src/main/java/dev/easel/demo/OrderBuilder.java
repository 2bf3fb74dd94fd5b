package dev.easel.demo;

import static dev.easel.demo.Distributions.chance;
import static dev.easel.demo.Distributions.gamma;
import static dev.easel.demo.Distributions.poisson;
import static dev.easel.demo.Distributions.uniform;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fills one order: the basket, who sells it, and which promotion codes it uses. Individuals buy a handful of units
 * per line; bulk orders (schools, organisers) buy 50 to 500 of a classroom product at a volume discount.
 */
final class OrderBuilder {

    static final int MAX_INDIVIDUAL_QUANTITY = 10;
    static final int MIN_BULK_QUANTITY = 50;

    private static final int[] BULK_QUANTITIES = {50, 60, 75, 80, 100, 120, 150, 200, 240, 300, 400, 500};
    private static final int MAX_LINES = 12;
    private static final double USE_DEEP_PROMOTION = 0.55;
    private static final double USE_SHALLOW_PROMOTION = 0.3;
    private static final double USE_WELCOME_CODE = 0.25;

    private final Catalogue catalogue;
    private final Promotions promotions;
    private long nextOrder = 1;

    OrderBuilder(Catalogue catalogue, Promotions promotions) {
        this.catalogue = catalogue;
        this.promotions = promotions;
    }

    DemoOrder build(Person person, long placedAt, boolean bulk, boolean first, RandomGenerator random) {
        Identity identity = person.identities().size() > 1 && chance(random, 0.35)
                ? person.identities().get(1)
                : person.primary();
        Channel channel = channel(identity.channel(), random);
        String orderId = "ord-" + nextOrder++;
        if (bulk) {
            return bulkOrder(orderId, person, identity, channel, placedAt, random);
        }
        List<Promotion> codes = codes(placedAt, channel, first, random);
        int percent = codes.stream().mapToInt(Promotion::discountPercent).sum();
        String codeList = String.join("|", codes.stream().map(Promotion::code).toList());
        double targetEur = gamma(random, 2.5, person.buying().meanOrderEur() / 2.5);
        int lineCount = Math.min(MAX_LINES, 1 + poisson(random, targetEur / 40.0));
        double perLineEur = targetEur / lineCount;

        double mode = random.nextDouble();
        Seller orderSeller = mode < 0.70 ? Sellers.FIRST_PARTY : mode < 0.92 ? Sellers.pickThirdParty(random) : null;
        // Half of the mixed orders name Easel as the order's seller and only the other sellers on their lines.
        boolean easelFallback = orderSeller == null && chance(random, 0.5);
        List<DemoLine> lines = new ArrayList<>(lineCount);
        for (int lineNo = 1; lineNo <= lineCount; lineNo++) {
            Seller seller = orderSeller != null
                    ? orderSeller
                    : chance(random, 0.5) ? Sellers.FIRST_PARTY : Sellers.pickThirdParty(random);
            Sku sku = seller.firstParty() ? catalogue.pickForBasket(random) : pickFrom(seller, random);
            int quantity = (int) Math.round(perLineEur * 100 / sku.eurCents() * uniform(random, 0.6, 1.4));
            quantity = Math.max(1, Math.min(MAX_INDIVIDUAL_QUANTITY, quantity));
            long unit = sku.priceIn(person.currency());
            lines.add(new DemoLine(lineNo, sku, quantity, unit, Money.percentOf(unit * quantity, percent), seller));
        }
        Seller named = orderSeller != null ? orderSeller : easelFallback ? Sellers.FIRST_PARTY : null;
        return new DemoOrder(
                orderId, identity, channel, placedAt, person.currency(), named, codeList, List.copyOf(lines), false);
    }

    private DemoOrder bulkOrder(
            String orderId, Person person, Identity identity, Channel channel, long placedAt, RandomGenerator random) {
        int lineCount = 1 + (chance(random, 0.5) ? 1 : 0) + (chance(random, 0.2) ? 1 : 0);
        List<DemoLine> lines = new ArrayList<>(lineCount);
        for (int lineNo = 1; lineNo <= lineCount; lineNo++) {
            Sku sku = catalogue.pickBulk(random);
            int quantity = BULK_QUANTITIES[random.nextInt(BULK_QUANTITIES.length)];
            long unit = sku.priceIn(person.currency());
            int volumeDiscount = quantity >= 100 ? 10 : 5;
            lines.add(new DemoLine(
                    lineNo,
                    sku,
                    quantity,
                    unit,
                    Money.percentOf(unit * quantity, volumeDiscount),
                    Sellers.FIRST_PARTY));
        }
        return new DemoOrder(
                orderId,
                identity,
                channel,
                placedAt,
                person.currency(),
                Sellers.FIRST_PARTY,
                "",
                List.copyOf(lines),
                true);
    }

    // Most orders come through the account's own channel; web and app customers switch between the two.
    private static Channel channel(Channel home, RandomGenerator random) {
        if (home == Channel.WEB && chance(random, 0.15)) {
            return Channel.APP;
        }
        if (home == Channel.APP && chance(random, 0.2)) {
            return Channel.WEB;
        }
        return home;
    }

    // A deep campaign in its window draws most shoppers; a first order may add the welcome code to a shallow one.
    private List<Promotion> codes(long placedAt, Channel channel, boolean first, RandomGenerator random) {
        Promotion deep = null;
        Promotion shallow = null;
        for (Promotion promotion : promotions.all()) {
            if (promotion != promotions.welcome() && promotion.appliesTo(placedAt, channel)) {
                if (promotion.deep()) {
                    deep = promotion;
                } else {
                    shallow = promotion;
                }
            }
        }
        if (deep != null && chance(random, USE_DEEP_PROMOTION)) {
            return List.of(deep);
        }
        List<Promotion> codes = new ArrayList<>(2);
        if (shallow != null && chance(random, USE_SHALLOW_PROMOTION)) {
            codes.add(shallow);
        }
        if (first && chance(random, USE_WELCOME_CODE)) {
            codes.add(promotions.welcome());
        }
        return codes;
    }

    private Sku pickFrom(Seller seller, RandomGenerator random) {
        List<Category> stocked = seller.categories();
        return catalogue.pickIn(stocked.get(random.nextInt(stocked.size())), random);
    }
}
