package dev.easel.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Values inside the decision log's JSON columns, read in Java so that the reports' SQL stays the same on PostgreSQL
 * and H2. A column that is not the expected JSON reads as empty rather than failing a regulator's report.
 *
 * <p>The amounts, currencies and rule names a long report prints are read with Jackson's streaming parser: one pass
 * over the top level keeps its scalars as text and skips nested objects without building them. The last few columns
 * read on a thread are remembered, because a record's "value before" is usually the previous record's "value after",
 * so a decision audit parses about one JSON text a record instead of three maps.
 */
final class JsonCells {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final JsonFactory STREAMING = MAPPER.getFactory();

    /** Recently read columns, per thread: a report's fields are read on its filling thread, one row at a time. */
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    private JsonCells() {}

    /** The whole JSON object, as maps and lists, for the reports that look into nested sections. */
    static Map<?, ?> object(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Recent recent = RECENT.get();
        Object known = recent.find(json, Kind.OBJECT);
        if (known != null) {
            return (Map<?, ?>) known;
        }
        Map<?, ?> object;
        try {
            object = MAPPER.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            object = Map.of();
        }
        recent.keep(json, Kind.OBJECT, object);
        return object;
    }

    /** A JSON array of strings joined by "; ", e.g. the names of the rules that fired. */
    static String joined(String jsonArray) {
        if (jsonArray == null || jsonArray.isBlank()) {
            return "";
        }
        Recent recent = RECENT.get();
        Object known = recent.find(jsonArray, Kind.JOINED);
        if (known != null) {
            return (String) known;
        }
        String joined = join(jsonArray);
        recent.keep(jsonArray, Kind.JOINED, joined);
        return joined;
    }

    /** A money amount under one of the keys (the first present), as a decimal; null when none is there. */
    static BigDecimal amount(String json, String... keys) {
        Map<String, String> scalars = scalars(json);
        for (String key : keys) {
            String value = scalars.get(key);
            if (value != null) {
                try {
                    return new BigDecimal(value);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static String text(String json, String key) {
        return scalars(json).get(key);
    }

    /** The object's top-level scalars as text (numbers as written, booleans as true/false); nested values left out. */
    @SuppressWarnings("unchecked")
    static Map<String, String> scalars(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Recent recent = RECENT.get();
        Object known = recent.find(json, Kind.SCALARS);
        if (known != null) {
            return (Map<String, String>) known;
        }
        Map<String, String> scalars = readScalars(json);
        recent.keep(json, Kind.SCALARS, scalars);
        return scalars;
    }

    private static Map<String, String> readScalars(String json) {
        Map<String, String> scalars = new HashMap<>(8);
        try (JsonParser parser = STREAMING.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Map.of();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                } else if (value != JsonToken.VALUE_NULL) {
                    scalars.put(name, parser.getText());
                }
            }
            return scalars;
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static String join(String jsonArray) {
        StringBuilder joined = new StringBuilder();
        try (JsonParser parser = STREAMING.createParser(jsonArray)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return "";
            }
            JsonToken item;
            while ((item = parser.nextToken()) != JsonToken.END_ARRAY && item != null) {
                if (item == JsonToken.START_OBJECT || item == JsonToken.START_ARRAY) {
                    // Not a list of names: print the item as JSON rather than drop it.
                    if (!joined.isEmpty()) {
                        joined.append("; ");
                    }
                    joined.append(MAPPER.readTree(parser).toString());
                    continue;
                }
                if (!joined.isEmpty()) {
                    joined.append("; ");
                }
                joined.append(item == JsonToken.VALUE_NULL ? "null" : parser.getText());
            }
            return joined.toString();
        } catch (IOException e) {
            return "";
        }
    }

    private enum Kind {
        OBJECT,
        SCALARS,
        JOINED
    }

    /** The last few texts read and what was read from them; compared by content, newest replacing the oldest. */
    private static final class Recent {
        private static final int SIZE = 4;
        private final String[] texts = new String[SIZE];
        private final Kind[] kinds = new Kind[SIZE];
        private final Object[] values = new Object[SIZE];
        private int next;

        Object find(String text, Kind kind) {
            for (int i = 0; i < SIZE; i++) {
                String known = texts[i];
                if (kinds[i] == kind && known != null && (known == text || known.equals(text))) {
                    return values[i];
                }
            }
            return null;
        }

        void keep(String text, Kind kind, Object value) {
            texts[next] = text;
            kinds[next] = kind;
            values[next] = value;
            next = (next + 1) % SIZE;
        }
    }
}
