package dev.easel.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.easel.audit.DecisionKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditExportTests {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsLedByAnApostrophe() {
        assertThat(AuditExport.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AuditExport.cell("+1")).isEqualTo("'+1");
        assertThat(AuditExport.cell("@sum")).isEqualTo("'@sum");
    }

    @Test
    void aCellIsQuotedOnlyWhenItHoldsACommaQuoteOrLineBreak() {
        assertThat(AuditExport.cell("plain")).isEqualTo("plain");
        assertThat(AuditExport.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(AuditExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AuditExport.cell(null)).isEmpty();
    }

    @Test
    void searchDaysAreWholeUtcDaysWithTheLastDayIncluded() {
        LogFilters.Checked checked =
                new LogFilters(" cus_1 ", "CLV_PUBLISHED", "lead", "2026-11-01", "2026-11-30").check();

        assertThat(checked.valid()).isTrue();
        assertThat(checked.filter().customerKey()).isEqualTo("cus_1");
        assertThat(checked.filter().kind()).isEqualTo(DecisionKind.CLV_PUBLISHED);
        assertThat(checked.filter().from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(checked.filter().to()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void everyBadFilterIsNamedAtOnce() {
        LogFilters.Checked checked =
                new LogFilters("no key", "SOMETHING", "x".repeat(101), "2026-11-02", "1.11.2026").check();

        assertThat(checked.problems()).containsOnlyKeys("customerKey", "kind", "actor", "to");
    }

    @Test
    void linksCarryTheFiltersEncoded() {
        assertThat(AuditLogPage.link("/console/audit", new LogFilters("cus_1", "", "a b", null, null).asQuery(), 42L))
                .isEqualTo("/console/audit?customerKey=cus_1&actor=a%20b&before=42");
    }
}
