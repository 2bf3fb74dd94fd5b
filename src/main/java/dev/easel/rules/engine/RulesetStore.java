package dev.easel.rules.engine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * rules_versions and their files, rules_promotions. A version is written once: the same files give the same version,
 * and keeping it again changes nothing. Built rulesets are cached by version, a few at a time.
 */
public class RulesetStore {

    private static final int BUILT_KEPT = 6;

    private final JdbcClient jdbc;
    private final LiveRules live;
    private final Map<String, Ruleset> built = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ruleset> eldest) {
            return size() > BUILT_KEPT;
        }
    };

    RulesetStore(JdbcClient jdbc, LiveRules live) {
        this.jdbc = jdbc;
        this.live = live;
    }

    /** A kept version without its files. */
    public record Kept(
            String version, String origin, String author, String baseVersion, String note, Instant createdAt) {}

    /** One promotion, staged share or rollback. */
    public record Promotion(
            String promotionId,
            String version,
            String baseVersion,
            int percent,
            String kind,
            String promotedBy,
            Instant promotedAt,
            String impactReportId,
            String impactDigest) {}

    /** Keeps the files under their version unless already kept; answers whether it was new. */
    @Transactional
    public boolean keep(RuleFiles files, String origin, String author, String baseVersion, String note) {
        String version = files.version();
        if (find(version).isPresent()) {
            return false;
        }
        jdbc.sql("INSERT INTO rules_versions (version, origin, author, base_version, note, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(version, origin, author, baseVersion, note, utc(Instant.now()))
                .update();
        files.files()
                .forEach((path, bytes) -> jdbc.sql(
                                "INSERT INTO rules_version_files (version, path, content) VALUES (?, ?, ?)")
                        .params(version, path, new String(bytes, StandardCharsets.UTF_8))
                        .update());
        return true;
    }

    public Optional<Kept> find(String version) {
        return jdbc.sql("SELECT version, origin, author, base_version, note, created_at FROM rules_versions "
                        + "WHERE version = ?")
                .param(version)
                .query(RulesetStore::kept)
                .optional();
    }

    /** Newest first. */
    public List<Kept> all() {
        return jdbc.sql("SELECT version, origin, author, base_version, note, created_at FROM rules_versions "
                        + "ORDER BY created_at DESC, version")
                .query(RulesetStore::kept)
                .list();
    }

    public Optional<RuleFiles> files(String version) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        jdbc.sql("SELECT path, content FROM rules_version_files WHERE version = ?")
                .param(version)
                .query((rs, n) -> files.put(rs.getString(1), rs.getString(2).getBytes(StandardCharsets.UTF_8)))
                .list();
        return files.isEmpty() ? Optional.empty() : Optional.of(new RuleFiles("kept:" + version, files));
    }

    /** The kept version built; the serving ones are taken as they serve. */
    public synchronized Optional<Ruleset> built(String version) {
        LiveRules.Serving serving = live.serving();
        if (serving.base().version().equals(version)) {
            return Optional.of(serving.base());
        }
        if (serving.rollingOut() && serving.next().version().equals(version)) {
            return Optional.of(serving.next());
        }
        Ruleset cached = built.get(version);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<RuleFiles> files = files(version);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        RulesetCompiler.Result result = live.compile(files.get());
        if (!result.succeeded()) {
            return Optional.empty();
        }
        built.put(version, result.ruleset());
        return Optional.of(result.ruleset());
    }

    public void insertPromotion(Promotion promotion) {
        jdbc.sql(
                        "INSERT INTO rules_promotions (promotion_id, version, base_version, share_percent, kind, "
                                + "promoted_by, promoted_at, impact_report_id, impact_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        promotion.promotionId(),
                        promotion.version(),
                        promotion.baseVersion(),
                        promotion.percent(),
                        promotion.kind(),
                        promotion.promotedBy(),
                        utc(promotion.promotedAt()),
                        promotion.impactReportId(),
                        promotion.impactDigest())
                .update();
    }

    /** Newest first. */
    public List<Promotion> promotions() {
        return jdbc.sql(
                        "SELECT promotion_id, version, base_version, share_percent, kind, promoted_by, promoted_at, "
                                + "impact_report_id, impact_digest FROM rules_promotions ORDER BY promoted_at DESC, promotion_id DESC")
                .query((rs, n) -> new Promotion(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant(),
                        rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    private static Kept kept(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Kept(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static List<String> names(RuleFiles files) {
        return new ArrayList<>(files.files().keySet());
    }
}
