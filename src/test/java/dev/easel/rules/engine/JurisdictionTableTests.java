package dev.easel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.rules.RulesFolders;
import dev.easel.rules.facts.OptOutRight;
import dev.easel.rules.facts.Purpose;
import dev.easel.rules.facts.Regime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JurisdictionTableTests {

    private static final String HEADER = "jurisdiction,law,applies_to,regime,opt_outs,gpc,minimum_age,effective\n";
    private static final String DEFAULT = "*,Default,*,legitimate-interest,profiling,yes,18,2018-01-01\n";

    @Test
    void theProjectTableListsTheEuropeanCanadianBrazilianSwissAndTwentyUsLaws() {
        JurisdictionTable table = JurisdictionTable.parse(RuleFiles.fromDirectory(RulesFolders.PROJECT_RULES)
                        .files()
                        .get(JurisdictionTable.FILE))
                .table();

        assertThat(table.laws())
                .extracting(law -> law.jurisdiction())
                .contains("*", "EU", "GB", "CH", "BR", "CA", "CA-QC");
        assertThat(table.laws().stream()
                        .map(law -> law.jurisdiction())
                        .filter(code -> code.startsWith("US-"))
                        .distinct())
                .hasSize(20);
        LocalDate on = LocalDate.of(2026, 6, 1);
        assertThat(table.lawFor("DE", null, on).jurisdiction()).isEqualTo("EU");
        assertThat(table.lawFor("CA", "CA-ON", on).jurisdiction()).isEqualTo("CA");
        assertThat(table.lawFor("CA", "CA-QC", on).regime()).isEqualTo(Regime.OPT_IN);
        assertThat(table.lawFor("US", "US-NY", on).isAnywhereElse()).isTrue();
        assertThat(table.lawFor("US", "US-CO", on).gpcRequired()).isTrue();
        assertThat(table.lawFor("US", "US-CO", LocalDate.of(2024, 6, 30)).gpcRequired())
                .isFalse();
        assertThat(table.lawFor("US", "US-IN", on).getOptOutPurposes())
                .contains(Purpose.CLV_PROFILING, Purpose.MARKETING_SYNC);
    }

    @Test
    void aRowDatedInTheFutureChangesNothingUntilItsDay() {
        JurisdictionTable table = parse(HEADER + DEFAULT
                        + "US-NY,New York Privacy Act,US-NY,opt-out,sale-or-sharing profiling,yes,13,2027-07-01\n")
                .table();

        assertThat(table.lawFor("US", "US-NY", LocalDate.of(2027, 6, 30)).jurisdiction())
                .isEqualTo("*");
        assertThat(table.lawFor("US", "US-NY", LocalDate.of(2027, 7, 1)).name()).isEqualTo("New York Privacy Act");
        assertThat(table.lawFor("US", "US-NY", LocalDate.of(2027, 7, 1)).optOuts())
                .containsExactlyInAnyOrder(OptOutRight.SALE_OR_SHARING, OptOutRight.PROFILING);
    }

    @Test
    void aRegionsRowWinsOverItsCountrysAndCommentsAndBlankLinesAreSkipped() {
        JurisdictionTable table = parse("# a comment\n\n" + HEADER + DEFAULT
                        + "CA,PIPEDA,CA,opt-out,profiling,no,13,2004-01-01\n"
                        + "# Quebec\nCA-QC,Law 25,CA-QC,opt-in,profiling,no,14,2023-09-22\n")
                .table();

        assertThat(table.lawFor("CA", "CA-QC", LocalDate.of(2026, 1, 1)).name()).isEqualTo("Law 25");
        assertThat(table.lawFor("CA", "CA-BC", LocalDate.of(2026, 1, 1)).name()).isEqualTo("PIPEDA");
        assertThat(table.lawFor("CA", "CA-QC", LocalDate.of(2020, 1, 1)).name()).isEqualTo("PIPEDA");
    }

    @Test
    void namesEveryBadCellWithItsLine() {
        JurisdictionTable.Parsed parsed = parse("# comment\n" + HEADER + DEFAULT
                + "US-XX,Some law,US-XX,opt-maybe,sale,perhaps,twelve,next year\n"
                + "US-YY,,us-yy,opt-out,,no,13,2026-01-01\n"
                + "US-ZZ,Too short,US-ZZ\n");

        assertThat(parsed.table()).isNull();
        assertThat(parsed.errors())
                .extracting(RuleError::toString)
                .anySatisfy(error -> assertThat(error).startsWith("consent/jurisdictions.csv:4: regime 'opt-maybe'"))
                .anySatisfy(error -> assertThat(error).startsWith("consent/jurisdictions.csv:4: opt_outs 'sale'"))
                .anySatisfy(error -> assertThat(error).startsWith("consent/jurisdictions.csv:4: gpc 'perhaps'"))
                .anySatisfy(error -> assertThat(error).startsWith("consent/jurisdictions.csv:4: minimum_age 'twelve'"))
                .anySatisfy(error -> assertThat(error).startsWith("consent/jurisdictions.csv:4: effective 'next year'"))
                .anySatisfy(error -> assertThat(error).startsWith("consent/jurisdictions.csv:5: law is empty"))
                .anySatisfy(error -> assertThat(error).startsWith("consent/jurisdictions.csv:5: applies_to 'us-yy'"))
                .anySatisfy(error -> assertThat(error).startsWith("consent/jurisdictions.csv:6: has 3 cells"));
    }

    @Test
    void refusesATableWithoutTheRowForAnywhereElseOrWithTwoRowsForOnePlaceAndDay() {
        assertThat(parse(HEADER + "GB,UK GDPR,GB,opt-in,profiling,no,13,2021-01-01\n")
                        .errors())
                .extracting(RuleError::message)
                .anySatisfy(message -> assertThat(message).contains("no row for anywhere not listed"));
        assertThat(parse(HEADER + DEFAULT + "GB,UK GDPR,GB,opt-in,profiling,no,13,2021-01-01\n"
                                + "GB2,Other,GB,opt-out,profiling,no,13,2021-01-01\n")
                        .errors())
                .extracting(RuleError::toString)
                .anySatisfy(error -> assertThat(error)
                        .startsWith("consent/jurisdictions.csv:4: GB already has a row taking effect on 2021-01-01"));
    }

    @Test
    void aRulesFolderWithABadTableDoesNotBuildAndItsErrorsCarryFileAndLine(@TempDir Path folder) {
        RulesFolders.copyOfProjectRules(folder);
        RulesFolders.write(
                folder,
                JurisdictionTable.FILE,
                HEADER + DEFAULT + "US-NY,New York,US-NY,opt-out,profiling,no,13,2027-13-01\n");

        RulesetCompiler.Result result = new RulesetCompiler().compile(RuleFiles.fromDirectory(folder));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors())
                .extracting(RuleError::toString)
                .containsExactly(
                        "consent/jurisdictions.csv:3: effective '2027-13-01' must be a date such as 2026-01-01");
    }

    @Test
    void theTableIsPartOfTheRulesetVersion(@TempDir Path folder) {
        RulesFolders.copyOfProjectRules(folder);
        String before = RuleFiles.fromDirectory(folder).version();
        RulesFolders.write(folder, JurisdictionTable.FILE, HEADER + DEFAULT);

        assertThat(RuleFiles.fromDirectory(folder).version()).isNotEqualTo(before);
        assertThat(RuleFiles.fromDirectory(folder).names()).contains(JurisdictionTable.FILE);
    }

    private static JurisdictionTable.Parsed parse(String csv) {
        return JurisdictionTable.parse(csv.getBytes(StandardCharsets.UTF_8));
    }
}
