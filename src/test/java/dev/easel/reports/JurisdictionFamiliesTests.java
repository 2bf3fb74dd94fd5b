package dev.easel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.reports.ConsentRatesOverTime.JurisdictionFamilies;
import dev.easel.rules.facts.Law;
import dev.easel.rules.facts.Regime;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JurisdictionFamiliesTests {

    private final JurisdictionFamilies families = new JurisdictionFamilies(List.of(
            law("*", "*"),
            law("EU", "FR", "DE", "NO"),
            law("GB", "GB"),
            law("CH", "CH"),
            law("BR", "BR"),
            law("CA", "CA"),
            law("CA-QC", "CA-QC"),
            law("US-CA", "US-CA"),
            law("US-CO", "US-CO"),
            law("AU", "AU")));

    @Test
    void aCustomerFallsInTheFamilyOfTheLawForTheirRegionElseTheirCountry() {
        assertThat(families.of("FR", null)).isEqualTo("EU, EEA and UK");
        assertThat(families.of("NO", null)).isEqualTo("EU, EEA and UK");
        assertThat(families.of("GB", "GB-SCT")).isEqualTo("EU, EEA and UK");
        assertThat(families.of("US", "US-CO")).isEqualTo("US states");
        assertThat(families.of("CA", "CA-QC")).isEqualTo("Canada");
        assertThat(families.of("CA", "CA-ON")).isEqualTo("Canada");
        assertThat(families.of("CH", null)).isEqualTo("Brazil and Switzerland");
        assertThat(families.of("BR", "BR-SP")).isEqualTo("Brazil and Switzerland");
    }

    @Test
    void placesWithoutARowOfTheirOwnAreAnywhereElse() {
        assertThat(families.of("US", "US-AL")).isEqualTo("Anywhere else");
        assertThat(families.of("US", null)).isEqualTo("Anywhere else");
        assertThat(families.of("JP", null)).isEqualTo("Anywhere else");
    }

    @Test
    void aLawUnderANewCodeStandsOnItsOwn() {
        assertThat(families.of("AU", null)).isEqualTo("AU");
    }

    private static Law law(String code, String... places) {
        return new Law(
                code, "law " + code, List.of(places), Regime.OPT_IN, Set.of(), false, 16, LocalDate.of(2020, 1, 1));
    }
}
