package dev.easel.audit.web;

import dev.easel.audit.AuditFilter;
import dev.easel.audit.AuditTrail;
import dev.easel.audit.DecisionKind;
import dev.easel.audit.DecisionRecord;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log for auditors (and compliance officers, who read the trail through the API too): search by customer
 * key, kind, actor and period, newest first, twenty records a page by key set; each record in full. A customer's
 * decisions as a timeline.
 */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR', 'COMPLIANCE')")
class AuditLogPage {

    static final int PAGE_SIZE = 20;
    static final int TIMELINE_SIZE = 500;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final AuditTrail trail;

    AuditLogPage(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/console/audit")
    String log(
            @ModelAttribute("filters") LogFilters filters,
            @RequestParam(required = false) String before,
            Model model,
            HttpServletResponse response) {
        LogFilters.Checked checked = filters.check();
        Map<String, String> problems = new LinkedHashMap<>(checked.problems());
        long beforeId = Long.MAX_VALUE;
        if (before != null && !before.isBlank()) {
            try {
                beforeId = Long.parseLong(before.strip());
            } catch (NumberFormatException e) {
                problems.put("before", "a record number");
            }
        }
        List<DecisionRecord> records = List.of();
        Long next = null;
        if (problems.isEmpty()) {
            records = trail.newestFirst(checked.filter(), beforeId, PAGE_SIZE + 1);
            if (records.size() > PAGE_SIZE) {
                records = records.subList(0, PAGE_SIZE);
                next = records.get(PAGE_SIZE - 1).id();
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("kinds", DecisionKind.values());
        model.addAttribute("problems", problems);
        model.addAttribute("records", records);
        Map<String, String> query = filters.asQuery();
        model.addAttribute("exportCsv", link("/console/audit/export.csv", query, null));
        model.addAttribute("exportJson", link("/console/audit/export.json", query, null));
        model.addAttribute("newest", beforeId == Long.MAX_VALUE ? null : link("/console/audit", query, null));
        model.addAttribute("older", next == null ? null : link("/console/audit", query, next));
        return "audit/log";
    }

    /** A path with the filters (and the page's key) as its query, encoded. */
    static String link(String path, Map<String, String> query, Long before) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        query.forEach(uri::queryParam);
        if (before != null) {
            uri.queryParam("before", before);
        }
        return uri.encode().build().toUriString();
    }

    /** The customer's decisions in the order they were taken (the latest {@value #TIMELINE_SIZE}). */
    @GetMapping("/console/audit/customers/{customerKey}")
    String timeline(@PathVariable String customerKey, Model model) {
        if (!KEY.matcher(customerKey).matches()) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "no such customer key");
        }
        List<DecisionRecord> newest =
                trail.newestFirst(AuditFilter.ofCustomer(customerKey), Long.MAX_VALUE, TIMELINE_SIZE + 1);
        boolean cut = newest.size() > TIMELINE_SIZE;
        List<DecisionRecord> inOrder = new ArrayList<>(cut ? newest.subList(0, TIMELINE_SIZE) : newest);
        Collections.reverse(inOrder);
        model.addAttribute("customerKey", customerKey);
        model.addAttribute("records", inOrder);
        model.addAttribute("cut", cut);
        return "audit/timeline";
    }
}
