package dev.easel.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.consent.ConsentStatus;
import dev.easel.consent.LawfulBasis;
import dev.easel.consent.Purpose;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The consent module's enums and the rules' fact enums are mapped by name (ConsentFacts): a value added on one side
 * only would fail at run time, so this fails first.
 */
class ConsentEnumsInStepTests {

    @Test
    void everyConsentStatusIsARuleFactStatusAndBack() {
        assertThat(names(ConsentStatus.values()))
                .containsExactlyElementsOf(names(dev.easel.rules.facts.ConsentStatus.values()));
    }

    @Test
    void everyLawfulBasisIsARuleFactBasisAndBack() {
        assertThat(names(LawfulBasis.values()))
                .containsExactlyElementsOf(names(dev.easel.rules.facts.LawfulBasis.values()));
    }

    @Test
    void everyPurposeHasTheSameCodeOnBothSides() {
        assertThat(Arrays.stream(Purpose.values()).map(Purpose::code))
                .containsExactlyElementsOf(Arrays.stream(dev.easel.rules.facts.Purpose.values())
                        .map(dev.easel.rules.facts.Purpose::code)
                        .toList());
        for (Purpose purpose : Purpose.values()) {
            assertThat(ConsentFacts.purpose(purpose).code()).isEqualTo(purpose.code());
        }
    }

    private static java.util.List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
