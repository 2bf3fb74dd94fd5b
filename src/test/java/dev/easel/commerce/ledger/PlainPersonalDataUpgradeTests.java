package dev.easel.commerce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database from before crypto-shredding: its plain contact details are sealed, then the plain table goes. */
class PlainPersonalDataUpgradeTests {

    private static final String[] LOCATIONS = {"classpath:db/migration/common", "classpath:db/migration/h2"};

    @TempDir
    Path folder;

    @Test
    void sealsThePlainDetailsUnderANewKeyPerCustomerAndDropsThePlainTable() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:upgrade-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        database.setUser("easel");
        Flyway.configure()
                .dataSource(database)
                .locations(LOCATIONS)
                .target("72")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("insert into customers (id, customer_key, customer_type, country, created_at, updated_at) "
                + "values (1, 'cus_one', 'INDIVIDUAL', 'DE', now(), now()), "
                + "(2, 'cus_two', 'INDIVIDUAL', 'FR', now(), now())");
        jdbc.update("insert into customer_personal_data (customer_id, email, email_normalised, full_name, "
                + "address_line, city, postal_code, updated_at) values "
                + "(1, 'Ada@Example.test', 'ada@example.test', 'Ada L.', '1 Loom Street', 'Kiel', '24103', now()), "
                + "(2, null, null, 'Bo', null, null, null, now())");
        PersonalDataCipher cipher =
                new PersonalDataCipher(new PersonalDataProperties(folder.resolve("master.key"), true));

        Flyway.configure()
                .dataSource(database)
                .locations(LOCATIONS)
                .javaMigrations(new V97__SealPlainPersonalData(cipher))
                .load()
                .migrate();

        PersonalDataStore store = new PersonalDataStore(jdbc, cipher);
        assertThat(store.find(1)).hasValueSatisfying(contact -> {
            assertThat(contact.email()).isEqualTo("Ada@Example.test");
            assertThat(contact.name()).isEqualTo("Ada L.");
            assertThat(contact.addressLine()).isEqualTo("1 Loom Street");
            assertThat(contact.postalCode()).isEqualTo("24103");
        });
        assertThat(store.find(2))
                .hasValueSatisfying(contact -> assertThat(contact.email()).isNull());
        assertThat(jdbc.queryForList("select email_lookup from customer_contacts order by customer_id", String.class))
                .containsExactly(cipher.emailLookup("ada@example.test"), null);
        List<Map<String, Object>> plainTables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where lower(table_name) = 'customer_personal_data'");
        assertThat(plainTables).isEmpty();
    }
}
