package dev.easel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Image;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import org.junit.jupiter.api.Test;

class ReportsWarmUpTests {

    private static final List<String> REPORTS =
            List.of("decision-audit", "review-outcomes", "consent-compliance", "clv-summary", "reconciliation");

    @Test
    void everyReportFillsPagesOfMadeUpRowsAndExportsThem() throws JRException {
        CompiledTemplates templates = new CompiledTemplates(new TemplateSource(Path.of("reports")), REPORTS);
        Image chart = ReportsWarmUp.chart();

        for (String report : REPORTS) {
            int withoutRows = ReportsWarmUp.fillAndExport(templates.get(report), 0, chart);
            int withRows = ReportsWarmUp.fillAndExport(templates.get(report), 120, chart);

            assertThat(withRows).as(report).isGreaterThan(withoutRows);
        }
    }

    @Test
    void madeUpRowsHaveTheFieldsClassesAndTextsLongEnoughToWrap() {
        assertThat(SyntheticRows.valueOf(Long.class, 3)).isEqualTo(3L);
        assertThat(SyntheticRows.valueOf(BigDecimal.class, 3)).isEqualTo(new BigDecimal("3.25"));
        assertThat(SyntheticRows.valueOf(Timestamp.class, 3)).isInstanceOf(Timestamp.class);
        assertThat((String) SyntheticRows.valueOf(String.class, 3)).matches("[0-9a-f]{64}");
        assertThat(SyntheticRows.valueOf(String.class, 4)).isEqualTo("row 4");
        assertThat(SyntheticRows.valueOf(Object.class, 4)).isNull();
    }

    @Test
    void hasAsManyRowsAsAsked() {
        SyntheticRows rows = new SyntheticRows(3);
        int count = 0;
        while (rows.next()) {
            count++;
        }
        assertThat(count).isEqualTo(3);
    }
}
