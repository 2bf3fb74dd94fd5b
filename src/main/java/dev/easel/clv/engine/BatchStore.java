package dev.easel.clv.engine;

import dev.easel.shared.PostgresCheck;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** clv_batch_runs, their chunks and members. */
@Repository
class BatchStore {

    private static final String CHUNKS = "INSERT INTO clv_batch_chunks (run_id, chunk_no, customers) "
            + "SELECT ?, sizes.n - 1, sizes.size FROM unnest(?::integer[]) WITH ORDINALITY AS sizes (size, n)";

    private static final String MEMBERS = "INSERT INTO clv_batch_members (run_id, customer_key, chunk_no) "
            + "SELECT ?, member, ? FROM unnest(?::text[]) AS members (member)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PostgresCheck database;

    BatchStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
        this.database = new PostgresCheck(template);
    }

    record Run(
            String runId,
            String status,
            int chunks,
            long customers,
            String modelVersion,
            String rulesetVersion,
            LocalDate scoredOn,
            Instant startedAt,
            Instant finishedAt,
            String requestedBy,
            String processInstance) {}

    void insertRun(Run run) {
        jdbc.sql(
                        "INSERT INTO clv_batch_runs (run_id, status, chunks, customers, model_version, ruleset_version, "
                                + "scored_on, started_at, requested_by, process_instance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        run.runId(),
                        run.status(),
                        run.chunks(),
                        run.customers(),
                        run.modelVersion(),
                        run.rulesetVersion(),
                        run.scoredOn(),
                        utc(run.startedAt()),
                        run.requestedBy(),
                        run.processInstance())
                .update();
    }

    /**
     * The run's chunks and their members, in chunk order. On PostgreSQL every chunk's row goes first, in one
     * statement, then each chunk's members in one statement from a text array. The members' foreign key is checked
     * row by row through a plan the connection keeps: made while the chunks' table held a chunk or two, it scanned the
     * table, and a million-customer plan spent 43 s re-reading chunk rows; with every chunk present it takes the key.
     */
    void insertChunks(String runId, List<List<String>> chunks) {
        if (!postgres()) {
            for (int chunk = 0; chunk < chunks.size(); chunk++) {
                insertChunkOneByOne(runId, chunk, chunks.get(chunk));
            }
            return;
        }
        template.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CHUNKS)) {
                statement.setString(1, runId);
                statement.setArray(
                        2,
                        connection.createArrayOf(
                                "integer", chunks.stream().map(List::size).toArray()));
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(MEMBERS)) {
                for (int chunk = 0; chunk < chunks.size(); chunk++) {
                    statement.setString(1, runId);
                    statement.setInt(2, chunk);
                    statement.setArray(
                            3,
                            connection.createArrayOf("text", chunks.get(chunk).toArray()));
                    statement.executeUpdate();
                }
            }
            return chunks.size();
        });
    }

    /** H2: the chunk's row, then its members as a JDBC batch of single-row inserts. */
    private void insertChunkOneByOne(String runId, int chunk, List<String> keys) {
        jdbc.sql("INSERT INTO clv_batch_chunks (run_id, chunk_no, customers) VALUES (?, ?, ?)")
                .params(runId, chunk, keys.size())
                .update();
        List<Object[]> members = new ArrayList<>(keys.size());
        keys.forEach(key -> members.add(new Object[] {runId, key, chunk}));
        template.batchUpdate(
                "INSERT INTO clv_batch_members (run_id, customer_key, chunk_no) VALUES (?, ?, ?)", members);
    }

    void sizeRun(String runId, int chunks, long customers) {
        jdbc.sql("UPDATE clv_batch_runs SET chunks = ?, customers = ? WHERE run_id = ?")
                .params(chunks, customers, runId)
                .update();
    }

    /** Locks the chunk until the transaction ends, so that the same chunk never runs twice at once. */
    boolean lockChunk(String runId, int chunk) {
        return !jdbc.sql("SELECT chunk_no FROM clv_batch_chunks WHERE run_id = ? AND chunk_no = ? FOR UPDATE")
                .params(runId, chunk)
                .query(Integer.class)
                .list()
                .isEmpty();
    }

    List<String> members(String runId, int chunk) {
        return jdbc.sql("SELECT customer_key FROM clv_batch_members WHERE run_id = ? AND chunk_no = ? "
                        + "ORDER BY customer_key")
                .params(runId, chunk)
                .query(String.class)
                .list();
    }

    /** @param reused customers scored with the evaluation their fit kept, not evaluated again */
    void chunkDone(String runId, int chunk, Instant at, int reused) {
        jdbc.sql("UPDATE clv_batch_chunks SET done_at = ?, reused_evaluations = COALESCE(reused_evaluations, 0) + ? "
                        + "WHERE run_id = ? AND chunk_no = ? AND done_at IS NULL")
                .params(utc(at), reused, runId, chunk)
                .update();
        jdbc.sql("UPDATE clv_batch_runs SET status = 'RUNNING' WHERE run_id = ? AND status = 'PLANNED'")
                .param(runId)
                .update();
    }

    long reusedEvaluations(String runId) {
        return jdbc.sql("SELECT COALESCE(SUM(reused_evaluations), 0) FROM clv_batch_chunks WHERE run_id = ?")
                .param(runId)
                .query(Long.class)
                .single();
    }

    List<Integer> openChunks(String runId) {
        return jdbc.sql("SELECT chunk_no FROM clv_batch_chunks WHERE run_id = ? AND done_at IS NULL ORDER BY chunk_no")
                .param(runId)
                .query(Integer.class)
                .list();
    }

    int chunksDone(String runId) {
        return jdbc.sql("SELECT COUNT(*) FROM clv_batch_chunks WHERE run_id = ? AND done_at IS NOT NULL")
                .param(runId)
                .query(Integer.class)
                .single();
    }

    void finish(String runId, String status, Instant at, String summary) {
        jdbc.sql("UPDATE clv_batch_runs SET status = ?, finished_at = ?, summary = ? WHERE run_id = ?")
                .params(status, utc(at), summary, runId)
                .update();
    }

    Optional<Run> find(String runId) {
        return jdbc.sql(
                        "SELECT run_id, status, chunks, customers, model_version, ruleset_version, scored_on, "
                                + "started_at, finished_at, requested_by, process_instance FROM clv_batch_runs WHERE run_id = ?")
                .param(runId)
                .query((rs, n) -> new Run(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, OffsetDateTime.class).toInstant(),
                        rs.getObject(9, OffsetDateTime.class) == null
                                ? null
                                : rs.getObject(9, OffsetDateTime.class).toInstant(),
                        rs.getString(10),
                        rs.getString(11)))
                .optional();
    }

    private boolean postgres() {
        return database.postgres();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
