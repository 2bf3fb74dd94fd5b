package dev.easel.consent.web;

import dev.easel.consent.ConsentEligibility;
import dev.easel.consent.ConsentEvent;
import dev.easel.consent.Consents;
import dev.easel.consent.Purpose;
import dev.easel.consent.RenewalDue;
import dev.easel.reports.ConsentComplianceFigures;
import dev.easel.reports.ConsentComplianceFigures.Figure;
import dev.easel.rules.RulesInService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * Consents for compliance officers: the dashboard (honoured rates per purpose and signal as the consent-compliance
 * report counts them, live; suppressed customers by reason; renewals due and lapsing; GPC; the jurisdiction table)
 * and one customer's timeline with eligibility per purpose now and why.
 */
@Controller
@PreAuthorize("hasRole('COMPLIANCE')")
class ConsentsPage {

    private final Consents consents;
    private final ConsentEligibility eligibility;
    private final ConsentComplianceFigures figures;
    private final RulesInService rules;
    private final Clock clock;
    private final Period renewalPeriod;

    ConsentsPage(
            Consents consents,
            ConsentEligibility eligibility,
            ConsentComplianceFigures figures,
            RulesInService rules,
            Clock clock,
            @Value("${easel.workflow.consent-renewal.period:P12M}") Period renewalPeriod) {
        this.consents = consents;
        this.eligibility = eligibility;
        this.figures = figures;
        this.rules = rules;
        this.clock = clock;
        this.renewalPeriod = renewalPeriod;
    }

    /** Eligibility for one purpose now, with the law, the reasons and the rules behind it. */
    record PurposeNow(
            String purpose, String status, boolean allows, String law, List<String> reasons, List<String> rulesFired) {}

    /** Consents whose period ends within the window, per purpose. */
    record Lapsing(String purpose, long within30Days, long pastPeriod) {}

    @GetMapping("/console/consents")
    String dashboard(@RequestParam(required = false) String customer, Model model) {
        if (customer != null && !customer.isBlank()) {
            return "redirect:/console/consents/" + UriUtils.encodePathSegment(customer.strip(), "UTF-8");
        }
        List<Figure> now = figures.now();
        model.addAttribute(
                "signals",
                now.stream().filter(figure -> figure.sectionNumber() == 2).toList());
        model.addAttribute(
                "gpcSignals",
                now.stream()
                        .filter(figure -> figure.sectionNumber() == 2 && "GPC signal".equals(figure.scope()))
                        .mapToLong(Figure::figure)
                        .sum());
        model.addAttribute(
                "rates",
                now.stream()
                        .filter(figure -> figure.sectionNumber() == 1)
                        .sorted(Comparator.comparing(Figure::purpose)
                                .thenComparing(Figure::base, Comparator.nullsLast(Comparator.reverseOrder())))
                        .limit(40)
                        .toList());
        model.addAttribute(
                "renewals",
                now.stream().filter(figure -> figure.sectionNumber() == 3).toList());
        model.addAttribute("suppressedByReason", suppressedByReason(now));
        model.addAttribute("lapsing", lapsing());
        model.addAttribute("jurisdictions", rules.jurisdictions());
        return "consent/consents";
    }

    @GetMapping("/console/consents/{customerKey}")
    String customer(@PathVariable String customerKey, Model model) {
        LocalDate today = today();
        List<PurposeNow> purposes = new ArrayList<>();
        for (Purpose purpose : Purpose.values()) {
            eligibility
                    .decide(customerKey, purpose, today)
                    .ifPresent(verdict -> purposes.add(new PurposeNow(
                            purpose.code(),
                            verdict.status().name(),
                            verdict.allows(),
                            verdict.law() == null
                                    ? "–"
                                    : verdict.law().name() + " ("
                                            + verdict.law().jurisdiction() + ")",
                            verdict.reasons(),
                            verdict.rulesFired())));
        }
        if (purposes.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No customer " + customerKey);
        }
        List<ConsentEvent> timeline = new ArrayList<>(consents.history(customerKey));
        timeline.sort(Comparator.comparing(ConsentEvent::capturedAt)
                .thenComparing(ConsentEvent::id)
                .reversed());
        model.addAttribute("customerKey", customerKey);
        model.addAttribute("purposes", purposes);
        model.addAttribute("timeline", timeline);
        model.addAttribute("gpc", consents.standing(customerKey).globalPrivacyControl());
        return "consent/customer";
    }

    /** Suppressed customers counted per consent reason code (a customer with two reasons counts under both). */
    private static Map<String, Long> suppressedByReason(List<Figure> now) {
        Map<String, Long> byReason = new TreeMap<>();
        now.stream().filter(figure -> figure.sectionNumber() == 4).forEach(figure -> {
            List<String> reasons = figure.reasons().isEmpty() ? List.of("no reason recorded") : figure.reasons();
            reasons.stream().distinct().forEach(reason -> byReason.merge(reason, 1L, Long::sum));
        });
        return byReason;
    }

    /** Consents given a renewal period ago (already due) and those whose period ends in the next 30 days. */
    private List<Lapsing> lapsing() {
        LocalDate today = today();
        LocalDate periodStart = today.minus(renewalPeriod);
        List<RenewalDue> within = consents.renewalsDue(periodStart, periodStart.plusDays(30));
        List<RenewalDue> due = consents.renewalsDue(LocalDate.of(1970, 1, 1), periodStart);
        List<Lapsing> lapsing = new ArrayList<>();
        for (Purpose purpose : Purpose.values()) {
            lapsing.add(new Lapsing(
                    purpose.code(),
                    within.stream().filter(r -> r.purpose() == purpose).count(),
                    due.stream().filter(r -> r.purpose() == purpose).count()));
        }
        return lapsing;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
