package dev.easel.clv.web;

import dev.easel.clv.ClvExplanation;
import dev.easel.clv.ClvInsights;
import dev.easel.clv.ClvProfile;
import dev.easel.clv.ClvReads;
import dev.easel.commerce.ContactMasking;
import dev.easel.commerce.CustomerDetails;
import dev.easel.commerce.Customers;
import dev.easel.commerce.OrderDetails;
import dev.easel.commerce.Orders;
import dev.easel.consent.ContactReveals;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One customer: the CLV card with every field Klaviyo shows, the order timeline with the expected next order, the
 * explanation, the value history, and contact data masked for every reader (compliance officers may reveal it, on the
 * record); analysts see no source-system ids, as in the API.
 */
@Controller
class CustomerPage {

    /** The newest events a timeline shows; a school's years of orders would otherwise bury the page. */
    static final int TIMELINE_LIMIT = 60;

    private static final Set<String> FULL_CONTACT = Set.of("ROLE_COMPLIANCE", "ROLE_ADMIN");

    private final ClvReads reads;
    private final ClvInsights insights;
    private final Customers customers;
    private final Orders orders;
    private final Charts charts;
    private final ContactReveals reveals;

    CustomerPage(
            ClvReads reads,
            ClvInsights insights,
            Customers customers,
            Orders orders,
            Charts charts,
            ContactReveals reveals) {
        this.reads = reads;
        this.insights = insights;
        this.customers = customers;
        this.orders = orders;
        this.charts = charts;
        this.reveals = reveals;
    }

    /** One line of the timeline: an order, a refund, return, exchange or cancellation, or the expected next order. */
    record Event(Instant at, String kind, String label, BigDecimal amount, String currency, String detail) {

        public LocalDate day() {
            return at.atZone(ZoneOffset.UTC).toLocalDate();
        }
    }

    @GetMapping("/console/customers/{customerKey}")
    @PreAuthorize("hasAnyRole('ANALYST', 'COMPLIANCE', 'ADMIN')")
    String customer(@PathVariable String customerKey, Authentication reader, Model model) {
        return page(customerKey, reader, model, null);
    }

    /**
     * Contact data is masked for every reader; a compliance officer may have it shown on this one answer, with a
     * reason, and the reveal is recorded in the audit trail first.
     */
    @PostMapping("/console/customers/{customerKey}/reveal")
    @PreAuthorize("hasRole('COMPLIANCE')")
    String reveal(
            @PathVariable String customerKey,
            @RequestParam(required = false) String why,
            Authentication reader,
            Model model,
            HttpServletResponse response) {
        if (why == null || why.isBlank()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("whyError", "Say why you need to see the contact data.");
            return page(customerKey, reader, model, null);
        }
        return page(
                customerKey,
                reader,
                model,
                reveals.reveal(customerKey, reader.getName(), why).orElse(null));
    }

    private String page(String customerKey, Authentication reader, Model model, CustomerDetails.Contact revealed) {
        CustomerDetails customer = customers
                .find(customerKey)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No customer " + customerKey));
        Set<String> roles = reader.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        boolean full = roles.stream().anyMatch(FULL_CONTACT::contains);
        model.addAttribute("customer", customer);
        model.addAttribute("contactMasked", revealed == null);
        model.addAttribute("contact", revealed != null ? revealed : ContactMasking.mask(customer.contact()));
        model.addAttribute("sourceIdsShown", full);
        ClvProfile profile = reads.profile(customerKey).orElse(null);
        model.addAttribute("profile", profile);
        ClvExplanation explanation = reads.explanation(customerKey).orElse(null);
        model.addAttribute("explanation", explanation);
        model.addAttribute("modelNotes", ModelNotes.of(explanation));
        List<OrderDetails> ledger = orders.ofCustomer(customerKey);
        model.addAttribute("orderCount", ledger.size());
        model.addAttribute(
                "timeline",
                timeline(ledger, profile == null ? null : profile.current().expectedDateOfNextOrder()));
        List<ClvInsights.HistoryPoint> history = insights.history(customerKey);
        model.addAttribute("history", history);
        model.addAttribute("historyChart", charts.json(historyChart(history)));
        return "clv/customer";
    }

    static List<Event> timeline(List<OrderDetails> ledger, LocalDate expectedNext) {
        List<Event> events = new ArrayList<>();
        for (OrderDetails order : ledger) {
            events.add(new Event(
                    order.placedAt(),
                    "order",
                    "Order " + order.orderId(),
                    order.total(),
                    order.currency(),
                    order.channel() + ", " + order.lines().size() + " line(s)"));
            for (OrderDetails.Refund refund : order.refunds()) {
                events.add(new Event(
                        refund.occurredAt(),
                        refund.type().toLowerCase(java.util.Locale.ROOT),
                        label(refund.type()) + " on order " + order.orderId(),
                        refund.amount(),
                        refund.currency(),
                        refund.reason()));
            }
        }
        events.sort(Comparator.comparing(Event::at));
        List<Event> shown = new ArrayList<>(events.subList(Math.max(0, events.size() - TIMELINE_LIMIT), events.size()));
        if (expectedNext != null) {
            shown.add(new Event(
                    expectedNext.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    "expected",
                    "Expected next order",
                    null,
                    null,
                    "from the model's expected time to the next purchase"));
        }
        return shown;
    }

    private static String label(String type) {
        return switch (type) {
            case "RETURN" -> "Return";
            case "EXCHANGE" -> "Exchange";
            case "CANCELLATION" -> "Cancellation";
            default -> "Refund";
        };
    }

    private Map<String, Object> historyChart(List<ClvInsights.HistoryPoint> history) {
        List<ClvInsights.HistoryPoint> valued =
                history.stream().filter(point -> point.total() != null).toList();
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        series.put("total", valued.stream().map(ClvInsights.HistoryPoint::total).toList());
        series.put(
                "historic",
                valued.stream().map(ClvInsights.HistoryPoint::historic).toList());
        series.put(
                "predicted",
                valued.stream().map(ClvInsights.HistoryPoint::predicted).toList());
        Map<String, Object> option = charts.lines(
                "computed",
                "CLV",
                valued.stream()
                        .map(point -> point.computedAt().toString().substring(0, 16))
                        .toList(),
                series,
                null,
                null);
        return option;
    }
}
