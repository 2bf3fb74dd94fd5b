package dev.easel.clv.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.rules.facts.LineAdjustment;
import dev.easel.rules.facts.OrderAdjustment;
import dev.easel.rules.facts.RaisedFlag;
import dev.easel.rules.facts.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The stored explanation of a result, as JSON: eligibility with reasons and rules, the orders an adjustment touched,
 * flags, the rules fired, the orders carrying the value, and later the review. Order ids are the source systems' ids.
 */
@Component
class Explanations {

    private static final int ORDER_IDS = 20;

    private final ObjectMapper json;

    Explanations(ObjectMapper json) {
        this.json = json;
    }

    String of(Evaluated customer, Map<String, Object> review) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> eligibility = new LinkedHashMap<>();
        eligibility.put("status", customer.gate().status().name());
        eligibility.put(
                "reasons",
                customer.eligibility() == null
                        ? customer.gate().reasons().stream()
                                .map(code -> reason(new Reason(code, null)))
                                .toList()
                        : customer.eligibility().reasons().stream()
                                .map(Explanations::reason)
                                .toList());
        root.put("eligibility", eligibility);
        List<Object> adjustments = new ArrayList<>();
        List<Object> flags = new ArrayList<>();
        List<String> orderIds = List.of();
        if (customer.adjustments() != null) {
            for (OrderAdjustment order : customer.adjustments().orders()) {
                List<Object> excluded = new ArrayList<>();
                for (LineAdjustment line : order.lines()) {
                    if (!line.included()) {
                        excluded.add(ordered(
                                "lineNo",
                                line.lineNo(),
                                "reasons",
                                line.reasons().stream()
                                        .map(Explanations::reason)
                                        .toList()));
                    }
                }
                if (explained(order)) {
                    Map<String, Object> adjusted = new LinkedHashMap<>();
                    adjusted.put("orderId", order.orderId());
                    adjusted.put("countsInHistoric", order.countsInHistoric());
                    adjusted.put("countsAsPurchase", order.countsAsPurchase());
                    adjusted.put("predictionWeight", order.predictionWeight());
                    adjusted.put("historicAmount", order.historicAmount().toPlainString());
                    adjusted.put(
                            "reasons",
                            order.reasons().stream().map(Explanations::reason).toList());
                    adjusted.put("excludedLines", excluded);
                    adjustments.add(adjusted);
                }
            }
            for (RaisedFlag flag : customer.adjustments().flags()) {
                flags.add(ordered(
                        "code",
                        flag.code(),
                        "subject",
                        String.valueOf(flag.subject()),
                        "rule",
                        String.valueOf(flag.rule())));
            }
            orderIds = carrying(customer.adjustments().orders()).stream()
                    .map(OrderAdjustment::orderId)
                    .toList();
        }
        root.put("adjustments", adjustments);
        root.put("flags", flags);
        root.put("orderIds", orderIds);
        root.put("rulesFired", customer.rulesFired());
        if (customer.summary() != null
                && !customer.summary().unconvertedCurrencies().isEmpty()) {
            root.put("currenciesWithoutExchangeRate", customer.summary().unconvertedCurrencies());
        }
        if (customer.prediction() != null && customer.prediction().historicOnlyReason() != null) {
            root.put("historicOnlyReason", customer.prediction().historicOnlyReason());
        }
        if (customer.prediction() != null && customer.prediction().season() != null) {
            root.put("season", asJson(customer.prediction().season()));
        }
        if (review != null) {
            root.put("review", review);
        }
        return write(root);
    }

    /** An order the explanation lists under adjustments: it has reasons, or lines left out. */
    static boolean explained(OrderAdjustment order) {
        return !order.reasons().isEmpty() || order.lines().stream().anyMatch(line -> !line.included());
    }

    /** The orders carrying the value, largest historic amount first (the first of equals first): at most 20. */
    static List<OrderAdjustment> carrying(List<OrderAdjustment> orders) {
        return orders.stream()
                .filter(OrderAdjustment::countsInHistoric)
                .sorted(Comparator.comparing(OrderAdjustment::historicAmount).reversed())
                .limit(ORDER_IDS)
                .toList();
    }

    static Map<String, Object> review(boolean flagged, List<Reason> reasons, List<String> rulesFired) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("flagged", flagged);
        review.put("reasons", reasons.stream().map(Explanations::reason).toList());
        review.put("rulesFired", rulesFired);
        return review;
    }

    StoredExplanation read(String explanation) {
        try {
            return json.readValue(explanation, StoredExplanation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored explanation is not valid JSON", e);
        }
    }

    /** A part of a stored explanation as the plain JSON object the API and the console show. */
    Map<String, Object> asJson(Object part) {
        return part == null
                ? new LinkedHashMap<>()
                : json.convertValue(part, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    /** Parts of a stored explanation as the plain JSON objects the API and the console show. */
    List<Object> asJson(List<?> parts) {
        return parts.stream().<Object>map(this::asJson).toList();
    }

    String withReview(String explanation, Map<String, Object> review) {
        Map<String, Object> root;
        try {
            root = json.readValue(explanation, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored explanation is not valid JSON", e);
        }
        root.put("review", review);
        return write(root);
    }

    /**
     * A JSON object whose fields keep the order given: {@code Map.of} iterates in an order drawn afresh in every JVM,
     * which made the stored text of the same explanation differ from one run of the service to the next.
     */
    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> reason(Reason reason) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", reason.code());
        map.put("rule", reason.rule());
        return map;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an explanation must be plain JSON values", e);
        }
    }
}
