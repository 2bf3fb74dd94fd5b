package dev.easel.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.easel.shared.FieldProblem;
import dev.easel.shared.InvalidRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportArgumentsTests {

    @Test
    void aParameterGivenToAReportThatTakesNoneIsNamedAndTheAnswerSaysItTakesNone() {
        InvalidRequestException refused = catchThrowableOfType(
                InvalidRequestException.class, () -> ReportArguments.read(List.of(), Map.of("from", "2026-01-01")));

        assertThat(refused.problems())
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "from", "is not a parameter of this report (it takes none)"));
    }
}
