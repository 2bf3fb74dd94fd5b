package dev.easel.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on a real PostgreSQL server (embedded), on a random port, without the demo marketplace.
 * Tests that share this annotation share one Spring context and one database: give each test its own ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"easel.demo.load-on-empty-database=false", "easel.audit.require-separate-owner=true"})
@Import(EmbeddedPostgresConfiguration.class)
@ActiveProfiles("it")
public @interface PostgresIntegrationTest {}
