package dev.easel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain_verifications table: each verification run from the desk, with the breaks it found. */
@Repository
class VerificationHistory {

    private static final String COLUMNS =
            "id, verified_at, verified_by, millis, intact, records_checked, breaks_found, "
                    + "anchor_line, anchor_at, anchor_head_id, anchor_head_hash, anchors_read";

    private final ChainVerifier verifier;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VerificationHistory(
            ChainVerifier verifier,
            JdbcClient jdbc,
            JdbcTemplate template,
            TransactionTemplate transactions,
            Clock clock) {
        this.verifier = verifier;
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Walks the chain now and keeps the result. The walk reads outside the insert's transaction, which stays short. */
    VerificationRun verifyAndKeep(String by) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long started = System.nanoTime();
        ChainVerification result = verifier.verify();
        long millis = (System.nanoTime() - started) / 1_000_000;
        return transactions.execute(status -> keep(at, by, millis, result));
    }

    VerificationRun keep(Instant at, String by, long millis, ChainVerification result) {
        ChainVerification.AnchorCheck anchor = result.anchor();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO chain_verifications (verified_at, verified_by, millis, intact, records_checked, "
                        + "breaks_found, anchor_line, anchor_at, anchor_head_id, anchor_head_hash, anchors_read) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                        by,
                        millis,
                        result.intact(),
                        result.recordsChecked(),
                        result.breaks().size(),
                        anchor == null ? null : anchor.line(),
                        anchor == null ? null : OffsetDateTime.ofInstant(anchor.at(), ZoneOffset.UTC),
                        anchor == null ? null : anchor.headId(),
                        anchor == null ? null : anchor.headHash(),
                        anchor == null ? null : anchor.anchorsRead())
                .update(key, "id");
        long id = key.getKey().longValue();
        List<ChainBreak> kept =
                result.breaks().subList(0, Math.min(result.breaks().size(), VerificationRun.BREAKS_KEPT));
        List<Object[]> rows = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            ChainBreak found = kept.get(i);
            rows.add(
                    new Object[] {id, i, found.kind().name(), found.firstId(), found.lastId(), truncate(found.problem())
                    });
        }
        template.batchUpdate(
                "INSERT INTO chain_verification_breaks (verification_id, ordinal, kind, first_id, "
                        + "last_id, problem) VALUES (?, ?, ?, ?, ?, ?)",
                rows);
        return new VerificationRun(
                id,
                at,
                by,
                millis,
                result.intact(),
                result.recordsChecked(),
                result.breaks().size(),
                kept,
                anchor);
    }

    /** The latest runs, newest first, without their breaks. */
    List<VerificationRun> latest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chain_verifications ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> run(rs, List.of()))
                .list();
    }

    /** One run with the breaks it kept. */
    Optional<VerificationRun> find(long id) {
        List<ChainBreak> breaks = jdbc.sql("SELECT kind, first_id, last_id, problem FROM chain_verification_breaks "
                        + "WHERE verification_id = ? ORDER BY ordinal")
                .param(id)
                .query((rs, n) -> new ChainBreak(
                        ChainBreak.Kind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .list();
        return jdbc.sql("SELECT " + COLUMNS + " FROM chain_verifications WHERE id = ?")
                .param(id)
                .query((rs, n) -> run(rs, breaks))
                .optional();
    }

    private static VerificationRun run(ResultSet rs, List<ChainBreak> breaks) throws SQLException {
        OffsetDateTime anchorAt = rs.getObject("anchor_at", OffsetDateTime.class);
        ChainVerification.AnchorCheck anchor = anchorAt == null
                ? null
                : new ChainVerification.AnchorCheck(
                        rs.getLong("anchor_line"),
                        anchorAt.toInstant(),
                        rs.getLong("anchor_head_id"),
                        rs.getString("anchor_head_hash"),
                        rs.getInt("anchors_read"));
        return new VerificationRun(
                rs.getLong("id"),
                rs.getObject("verified_at", OffsetDateTime.class).toInstant(),
                rs.getString("verified_by"),
                rs.getLong("millis"),
                rs.getBoolean("intact"),
                rs.getLong("records_checked"),
                rs.getInt("breaks_found"),
                breaks,
                anchor);
    }

    private static String truncate(String problem) {
        return problem.length() <= 2_000 ? problem : problem.substring(0, 1_997) + "...";
    }
}
