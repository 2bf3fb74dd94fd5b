package dev.easel.commerce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.commerce.CsvImports;
import dev.easel.commerce.ImportKind;
import dev.easel.testing.PostgresIntegrationTest;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import grows the orders table inside its own transaction, where the statistics do not see it. A plan the server
 * keeps for a prepared statement, made while the table was small, then scans the whole table once per id, and a load
 * slows down quadratically. The import's look-up must therefore be planned afresh on every call.
 */
@PostgresIntegrationTest
class RecordedOrdersLookupIT {

    /** pgjdbc keeps a statement prepared on the server from its fifth use; a chunked import calls it far more. */
    private static final int CALLS = 8;

    @Autowired
    LedgerQueries queries;

    @Autowired
    CsvImports imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void twoRecordedOrders() {
        assertThat(imports.importFile(ImportKind.SELLERS, new StringReader("""
                sellerId,name,party,dpaSignedOn,country,region
                lookup-%1$s,Easel,FIRST_PARTY,2024-01-01,DE,
                """.formatted(run)), false)
                        .errorCount())
                .isZero();
        assertThat(imports.importFile(ImportKind.CUSTOMERS, new StringReader("""
                customerId,type,country,region,birthYear,email,name,channel
                lookup-%1$s,INDIVIDUAL,DE,,1990,,,WEB
                """.formatted(run)), false)
                        .errorCount())
                .isZero();
        assertThat(imports.importFile(ImportKind.ORDERS, new StringReader("""
                orderId,customerId,channel,placedAt,currency,sellerId,promotionCodes,lineNo,sku,category,quantity,unitPrice,discount,lineSellerId
                first-%1$s,lookup-%1$s,WEB,2025-09-01T10:15:00Z,EUR,lookup-%1$s,,1,P-1,PAINTS,2,12.50,,
                second-%1$s,lookup-%1$s,WEB,2025-09-02T10:15:00Z,EUR,lookup-%1$s,,1,P-2,PAINTS,1,8,,
                """.formatted(run)), false)
                        .errorCount())
                .isZero();
    }

    @Test
    void anImportsLookUpOfRecordedOrdersIsNeverKeptAsAServerSidePlan() {
        List<String> wanted = List.of("first-" + run, "second-" + run, "absent-" + run);

        Map<String, RecordedOrder> found =
                calledRepeatedlyOnOneConnection(queries::recordedOrdersPlannedAfresh, wanted);

        assertThat(found).containsOnlyKeys("first-" + run, "second-" + run);
        assertThat(found.get("first-" + run).total()).isEqualByComparingTo("25.00");
        assertThat(keptPlansAfter(queries::recordedOrdersPlannedAfresh, wanted)).isZero();
    }

    @Test
    void theSingleOrderLookUpKeepsItsServerSidePlanAsBefore() {
        // The contrast that shows the check above can see a kept plan: one order per request, no growing table.
        List<String> wanted = List.of("first-" + run);

        assertThat(keptPlansAfter(queries::recordedOrders, wanted)).isEqualTo(1);
    }

    private Map<String, RecordedOrder> calledRepeatedlyOnOneConnection(
            Function<List<String>, Map<String, RecordedOrder>> lookUp, List<String> wanted) {
        return transactions.execute(status -> {
            Map<String, RecordedOrder> last = Map.of();
            for (int call = 0; call < CALLS; call++) {
                last = lookUp.apply(wanted);
            }
            return last;
        });
    }

    /** Statements the server keeps for this connection that are the look-up of recorded orders. */
    private int keptPlansAfter(Function<List<String>, Map<String, RecordedOrder>> lookUp, List<String> wanted) {
        return transactions.execute(status -> {
            // Start this pooled connection clean; the driver notices and forgets its own prepared statements too.
            jdbc.execute("deallocate all");
            for (int call = 0; call < CALLS; call++) {
                lookUp.apply(wanted);
            }
            return jdbc.queryForObject(
                    "select count(*) from pg_prepared_statements where statement like '%wanted(order_id)%'",
                    Integer.class);
        });
    }
}
