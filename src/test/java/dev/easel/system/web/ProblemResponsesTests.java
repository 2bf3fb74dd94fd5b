package dev.easel.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.http.ProblemDetail;

@ExtendWith(OutputCaptureExtension.class)
class ProblemResponsesTests {

    private static final String DRIVER_MESSAGE =
            "duplicate key value violates unique constraint; Key (email_normalised)=(ann.artist@example.test)";

    private final ProblemResponses responses = new ProblemResponses();

    @Test
    void answersARefusedConstraintAsAConflictWithoutTheDriversMessage(CapturedOutput output) {
        ProblemDetail problem = responses.constraintRefused(
                new DataIntegrityViolationException("insert failed", new SQLException(DRIVER_MESSAGE, "23505")));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).doesNotContain("example.test");
        assertThat(output.getAll()).contains("23505").doesNotContain("example.test");
    }

    @Test
    void logsADatabaseFailureByTypeAndStateOnly(CapturedOutput output) {
        ProblemDetail problem = responses.databaseFailed(
                new DataRetrievalFailureException(DRIVER_MESSAGE, new SQLException(DRIVER_MESSAGE, "XX000")));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(output.getAll())
                .contains("DataRetrievalFailureException", "XX000")
                .doesNotContain("example.test");
    }
}
