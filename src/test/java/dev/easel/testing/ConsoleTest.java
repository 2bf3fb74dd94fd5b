package dev.easel.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The embedded default as a newcomer starts it, for the console's tests: H2 in PostgreSQL mode (in memory), the demo
 * users, and the demo marketplace (small, to keep the build quick) fitted and scored on first start. Tests that share
 * this annotation share one Spring context: treat the data as read-only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:console;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "easel.demo.customers=300",
            // The small demo has fewer repeat customers than a production fit asks for: let it fit all the same.
            "easel.clv.min-repeat-customers=50",
            "easel.rules.watch.enabled=false",
            // As in the service: the first start's batch run works its chunks as Camunda jobs.
            "camunda.bpm.job-execution.enabled=true"
        })
@AutoConfigureMockMvc
public @interface ConsoleTest {}
