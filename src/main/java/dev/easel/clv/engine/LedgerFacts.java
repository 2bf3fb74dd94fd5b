package dev.easel.clv.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.easel.commerce.LedgerCustomer;
import dev.easel.commerce.LedgerLine;
import dev.easel.commerce.LedgerOrder;
import dev.easel.consent.ConsentEvent;
import dev.easel.consent.ConsentStanding;
import dev.easel.rules.facts.Consent;
import dev.easel.rules.facts.ConsentStatus;
import dev.easel.rules.facts.Customer;
import dev.easel.rules.facts.CustomerType;
import dev.easel.rules.facts.LawfulBasis;
import dev.easel.rules.facts.Order;
import dev.easel.rules.facts.OrderLine;
import dev.easel.rules.facts.ProductCategory;
import dev.easel.rules.facts.Purpose;
import dev.easel.rules.facts.SellerParty;

/** The ledger's and the consent module's records as the rules' facts. Days are UTC days. */
final class LedgerFacts {

    private LedgerFacts() {
    }

    static Customer customer(LedgerCustomer customer) {
        return new Customer(customer.customerKey(), CustomerType.valueOf(customer.type()), customer.country(),
                customer.region(), customer.birthYear());
    }

    static List<Order> orders(List<LedgerOrder> ledgerOrders) {
        List<Order> orders = new ArrayList<>(ledgerOrders.size());
        for (LedgerOrder order : ledgerOrders) {
            List<OrderLine> lines = new ArrayList<>(order.lines().size());
            for (LedgerLine line : order.lines()) {
                lines.add(new OrderLine(order.orderId(), line.lineNo(), ProductCategory.valueOf(line.category()),
                        line.quantity(), line.amount(), line.sellerId(), SellerParty.valueOf(line.sellerParty()),
                        line.sellerDpaSigned(), line.sellerCountry()));
            }
            orders.add(new Order(order.orderId(), order.customerKey(), day(order.placedAt()), order.currency(),
                    order.total(), lines, order.refunded(), order.returned(), order.exchanged(),
                    order.cancelledAmount(), order.promotionDepthPercent(), day(order.promotionStartsAt()),
                    day(order.promotionEndsAt())));
        }
        return orders;
    }

    /**
     * The latest record per purpose. A Global Privacy Control signal, once received, marks every record: the consent
     * module keeps it in force even when a later request came without it.
     */
    static List<Consent> consents(ConsentStanding standing) {
        List<Consent> consents = new ArrayList<>(standing.latest().size());
        for (ConsentEvent event : standing.latest().values()) {
            consents.add(new Consent(event.customerKey(), Purpose.fromCode(event.purpose().code()),
                    ConsentStatus.valueOf(event.status().name()), LawfulBasis.valueOf(event.lawfulBasis().name()),
                    event.capturedAt(), event.source(), event.policyVersion(), event.wording(),
                    standing.globalPrivacyControl() || "GPC".equals(event.signal())));
        }
        return consents;
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
