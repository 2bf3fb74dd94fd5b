package dev.easel.commerce.ledger;

import dev.easel.commerce.PromotionRequest;
import dev.easel.commerce.Promotions;
import dev.easel.commerce.SellerRequest;
import dev.easel.commerce.Sellers;
import dev.easel.commerce.Upserted;
import dev.easel.shared.FieldProblem;
import dev.easel.shared.InvalidRequestException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sellers and promotions, created or updated by id. Update first, insert when nothing matched: portable across
 * PostgreSQL and H2, and these tables are small and rarely written.
 */
@Service
class CatalogueLedger implements Sellers, Promotions {

    private final JdbcTemplate jdbc;

    CatalogueLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Upserted record(SellerRequest request) {
        List<FieldProblem> violations = CatalogueRules.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return upsert(request);
    }

    @Override
    @Transactional
    public Upserted record(PromotionRequest request) {
        List<FieldProblem> violations = CatalogueRules.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return upsert(request);
    }

    private Upserted upsert(SellerRequest request) {
        Object[] values = {
            request.name(),
            request.party(),
            request.dpaSignedOn(),
            request.country(),
            CustomerRules.blankToNull(request.region()),
            OffsetDateTime.now(ZoneOffset.UTC),
            request.sellerId()
        };
        int[] types = {
            Types.VARCHAR,
            Types.VARCHAR,
            Types.DATE,
            Types.CHAR,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR
        };
        int updated = jdbc.update(
                "update sellers set name = ?, party = ?, dpa_signed_on = ?, country = ?, "
                        + "region = ?, updated_at = ? where seller_id = ?",
                values,
                types);
        if (updated == 0) {
            jdbc.update(
                    "insert into sellers (name, party, dpa_signed_on, country, region, updated_at, seller_id) "
                            + "values (?, ?, ?, ?, ?, ?, ?)",
                    values,
                    types);
        }
        return new Upserted(request.sellerId(), updated == 0);
    }

    private Upserted upsert(PromotionRequest request) {
        Object[] values = {
            request.name(),
            request.startsAt().withOffsetSameInstant(ZoneOffset.UTC),
            request.endsAt().withOffsetSameInstant(ZoneOffset.UTC),
            request.discountPercent(),
            CustomerRules.blankToNull(request.channel()),
            OffsetDateTime.now(ZoneOffset.UTC),
            request.code()
        };
        int[] types = {
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.NUMERIC,
            Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR
        };
        int updated = jdbc.update(
                "update promotions set name = ?, starts_at = ?, ends_at = ?, discount_percent = ?, "
                        + "channel = ?, updated_at = ? where code = ?",
                values,
                types);
        if (updated == 0) {
            jdbc.update(
                    "insert into promotions (name, starts_at, ends_at, discount_percent, channel, updated_at, code) "
                            + "values (?, ?, ?, ?, ?, ?, ?)",
                    values,
                    types);
        }
        return new Upserted(request.code(), updated == 0);
    }
}
