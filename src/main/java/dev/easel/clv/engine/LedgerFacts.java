package dev.easel.clv.engine;

import dev.easel.commerce.LedgerLine;
import dev.easel.commerce.LedgerOrder;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.OrderLine;
import dev.easel.rules.facts.ProductCategory;
import dev.easel.rules.facts.SellerParty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The ledger's records as the rules' facts (consent facts come from the consent module's gate). Days are UTC days. */
final class LedgerFacts {

    private LedgerFacts() {}

    static List<Order> orders(List<LedgerOrder> ledgerOrders) {
        List<Order> orders = new ArrayList<>(ledgerOrders.size());
        for (LedgerOrder order : ledgerOrders) {
            List<OrderLine> lines = new ArrayList<>(order.lines().size());
            for (LedgerLine line : order.lines()) {
                lines.add(new OrderLine(
                        order.orderId(),
                        line.lineNo(),
                        ProductCategory.valueOf(line.category()),
                        line.quantity(),
                        line.amount(),
                        line.sellerId(),
                        SellerParty.valueOf(line.sellerParty()),
                        line.sellerDpaSigned(),
                        line.sellerCountry()));
            }
            orders.add(new Order(
                    order.orderId(),
                    order.customerKey(),
                    day(order.placedAt()),
                    order.currency(),
                    order.total(),
                    lines,
                    order.refunded(),
                    order.returned(),
                    order.exchanged(),
                    order.cancelledAmount(),
                    order.promotionDepthPercent(),
                    day(order.promotionStartsAt()),
                    day(order.promotionEndsAt())));
        }
        return orders;
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
