package dev.easel.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Values inside the decision log's JSON columns, read in Java so that the reports' SQL stays the same on PostgreSQL
 * and H2. A column that is not the expected JSON reads as empty rather than failing a regulator's report.
 */
final class JsonCells {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonCells() {}

    /** The last JSON object read on this thread: several fields of one row usually read the same column. */
    private static final ThreadLocal<Parsed> LAST = new ThreadLocal<>();

    static Map<?, ?> object(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Parsed last = LAST.get();
        if (last != null && last.json().equals(json)) {
            return last.object();
        }
        Map<?, ?> object;
        try {
            object = MAPPER.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            object = Map.of();
        }
        LAST.set(new Parsed(json, object));
        return object;
    }

    private record Parsed(String json, Map<?, ?> object) {}

    /** A JSON array of strings joined by "; ", e.g. the names of the rules that fired. */
    static String joined(String jsonArray) {
        if (jsonArray == null || jsonArray.isBlank()) {
            return "";
        }
        try {
            List<?> items = MAPPER.readValue(jsonArray, List.class);
            return String.join("; ", items.stream().map(String::valueOf).toList());
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    /** A money amount under one of the keys (the first present), as a decimal; null when none is there. */
    static BigDecimal amount(String json, String... keys) {
        Map<?, ?> object = object(json);
        for (String key : keys) {
            Object value = object.get(key);
            if (value != null) {
                try {
                    return new BigDecimal(value.toString());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static String text(String json, String key) {
        Object value = object(json).get(key);
        return value == null ? null : value.toString();
    }
}
