package dev.easel.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON spelling per value: keys sorted, no whitespace, dates as ISO strings. The hash chain is computed over this
 * spelling, so the verifier recomputes exactly the bytes the writer hashed.
 */
final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .findAndAddModules()
            .build();

    private CanonicalJson() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A decision's outputs must be plain JSON values", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A decision log column does not hold valid JSON", e);
        }
    }

    /** The canonical form of a stored row: every column but the row's own hash. */
    static String ofRow(StoredRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", row.id());
        fields.put("recordedAt", row.recordedAt().toString());
        fields.put("kind", row.kind());
        fields.put("actor", row.actor());
        fields.put("actorRole", row.actorRole());
        fields.put("customerKey", row.customerKey());
        fields.put("rulesetVersion", row.rulesetVersion());
        fields.put("modelVersion", row.modelVersion());
        fields.put("inputsDigest", row.inputsDigest());
        fields.put("rulesFired", row.rulesFired());
        fields.put("outputs", row.outputs());
        fields.put("reason", row.reason());
        fields.put("processInstance", row.processInstance());
        fields.put("previousHash", row.previousHash());
        return write(fields);
    }
}
