package dev.easel.clv.web;

import dev.easel.clv.ClvDirectory;
import dev.easel.clv.RfmSegment;
import dev.easel.commerce.Customers;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The customer list: search by customer key or source id, filters, sort, and pages by key set. The filter form
 * updates the results in place through htmx and keeps the address bar in step, so a filtered list can be shared.
 */
@Controller
class CustomersPage {

    static final int PAGE_SIZE = 25;
    static final List<String> STATUSES = List.of("PUBLISHED", "PENDING_REVIEW", "SUPPRESSED");
    static final List<String> BANDS = List.of("LOW", "MEDIUM", "HIGH");
    static final List<String> CHANNELS = List.of("WEB", "APP", "SHOPIFY", "STORE", "MARKETPLACE");
    static final List<String> TYPES = List.of("INDIVIDUAL", "SCHOOL", "ORGANISATION");

    private final ClvDirectory directory;
    private final Customers customers;

    CustomersPage(ClvDirectory directory, Customers customers) {
        this.directory = directory;
        this.customers = customers;
    }

    /** The filters as the form sends them; blank means any. */
    record Filters(
            String q,
            String status,
            String band,
            String segment,
            String country,
            String channel,
            String type,
            String cohort,
            String sort,
            String after) {}

    @GetMapping("/console/customers")
    @PreAuthorize("hasAnyRole('ANALYST', 'COMPLIANCE', 'ADMIN')")
    String list(Filters filters, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        List<String> problems = new ArrayList<>();
        ClvDirectory.Query query = query(filters, problems);
        model.addAttribute("filters", filters);
        model.addAttribute("problems", problems);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("bands", BANDS);
        model.addAttribute("segments", RfmSegment.values());
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("types", TYPES);
        model.addAttribute(
                "page", problems.isEmpty() ? directory.search(query) : new ClvDirectory.Page(List.of(), null));
        boolean fragment = htmx != null;
        return fragment ? "clv/customers :: results" : "clv/customers";
    }

    private ClvDirectory.Query query(Filters f, List<String> problems) {
        List<String> keys = null;
        String q = blank(f.q());
        if (q != null) {
            Set<String> found = new LinkedHashSet<>();
            if (customers.find(q).isPresent()) {
                found.add(q);
            }
            found.addAll(customers.keysBySourceIds(List.of(q)).values());
            keys = List.copyOf(found);
        }
        return new ClvDirectory.Query(
                keys,
                choice(f.status(), STATUSES, "status", problems),
                choice(f.band(), BANDS, "churn band", problems),
                segment(f.segment(), problems),
                country(f.country(), problems),
                choice(f.channel(), CHANNELS, "channel", problems),
                choice(f.type(), TYPES, "type", problems),
                cohort(f.cohort(), problems),
                "PREDICTED".equals(f.sort()) ? ClvDirectory.Sort.PREDICTED : ClvDirectory.Sort.TOTAL,
                cursor(f.after(), problems),
                PAGE_SIZE);
    }

    private static String choice(String value, List<String> allowed, String field, List<String> problems) {
        String v = blank(value);
        if (v != null && !allowed.contains(v)) {
            problems.add(field + ": not one of " + String.join(", ", allowed));
            return null;
        }
        return v;
    }

    private static RfmSegment segment(String value, List<String> problems) {
        String v = blank(value);
        try {
            return v == null ? null : RfmSegment.valueOf(v);
        } catch (IllegalArgumentException e) {
            problems.add("segment: unknown");
            return null;
        }
    }

    private static String country(String value, List<String> problems) {
        String v = blank(value);
        if (v != null && !v.matches("[A-Za-z]{2}")) {
            problems.add("country: two letters (ISO 3166)");
            return null;
        }
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    private static YearMonth cohort(String value, List<String> problems) {
        String v = blank(value);
        try {
            return v == null ? null : YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            problems.add("first purchase: a month as YYYY-MM");
            return null;
        }
    }

    private static ClvDirectory.Cursor cursor(String value, List<String> problems) {
        String v = blank(value);
        try {
            return v == null ? null : ClvDirectory.Cursor.decode(v);
        } catch (IllegalArgumentException e) {
            problems.add("page: not a page of this list");
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
