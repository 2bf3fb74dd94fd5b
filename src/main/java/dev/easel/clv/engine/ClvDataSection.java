package dev.easel.clv.engine;

import dev.easel.clv.ClvReads;
import dev.easel.consent.CustomerDataSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's CLV for access and erasure requests: the current value with its explanation and every stored result;
 * erasure deletes them all. The audit trail keeps its pseudonymous records of the decisions.
 */
@Component
class ClvDataSection implements CustomerDataSection {

    private final ClvReads reads;
    private final JdbcClient jdbc;

    ClvDataSection(ClvReads reads, JdbcClient jdbc) {
        this.reads = reads;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "clv";
    }

    @Override
    public Object export(String customerKey) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("current", reads.profile(customerKey).orElse(null));
        section.put("explanation", reads.explanation(customerKey).orElse(null));
        List<Map<String, Object>> history = jdbc.sql("SELECT * FROM clv_results WHERE customer_key = ? ORDER BY id")
                .param(customerKey)
                .query()
                .listOfRows();
        section.put("history", history);
        return section;
    }

    @Override
    public void erase(String customerKey) {
        jdbc.sql("DELETE FROM clv_current WHERE customer_key = ?")
                .param(customerKey)
                .update();
        jdbc.sql("DELETE FROM clv_results WHERE customer_key = ?")
                .param(customerKey)
                .update();
        jdbc.sql("DELETE FROM clv_batch_members WHERE customer_key = ?")
                .param(customerKey)
                .update();
    }
}
