package dev.easel.commerce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default's H2 file never holds a customer's contact details in the clear, before or after erasure. */
class PersonalDataOnH2FileTests {

    @TempDir
    Path folder;

    @Test
    void theDatabaseFileHoldsOnlySealedContactDetails() throws IOException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(
                "jdbc:h2:file:" + folder.resolve("easel").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        database.setUser("easel");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("insert into customers (id, customer_key, customer_type, country, created_at, updated_at) "
                + "values (1, 'cus_file', 'INDIVIDUAL', 'NL', now(), now())");
        PersonalDataStore store = new PersonalDataStore(
                jdbc, new PersonalDataCipher(new PersonalDataProperties(folder.resolve("master.key"), true)));
        CustomerState state = new CustomerState(
                "INDIVIDUAL",
                "NL",
                null,
                null,
                "Femke.File@example.test",
                "femke.file@example.test",
                "Femke Filestra",
                "7 Pagestraat",
                "Delft",
                "2611 AB");
        store.insert(Map.of(1L, state), OffsetDateTime.now(ZoneOffset.UTC));

        assertThat(store.find(1))
                .hasValueSatisfying(contact -> assertThat(contact.name()).isEqualTo("Femke Filestra"));
        jdbc.execute("CHECKPOINT SYNC");
        assertThat(filesHolding("customer_data_keys"))
                .as("the scan sees the file's plain text")
                .isNotEmpty();
        assertThat(filesHolding("Femke", "femke.file", "Pagestraat")).isEmpty();

        store.erase(1);
        jdbc.execute("SHUTDOWN");

        assertThat(filesHolding("Femke", "femke.file", "Pagestraat")).isEmpty();
        assertThat(store.find(1)).isEmpty();
    }

    private java.util.List<Path> filesHolding(String... values) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String bytes = read(file);
                        return Stream.of(values).anyMatch(value -> bytes.contains(value));
                    })
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
