package dev.easel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTests {

    private final StringWriter out = new StringWriter();
    private final CsvWriter csv = new CsvWriter(out);

    @Test
    void leavesPlainCellsUnquoted() {
        csv.text("web-1").text("INDIVIDUAL").text("Zoë Müller").endRow();
        csv.close();

        assertThat(out).hasToString("web-1,INDIVIDUAL,Zoë Müller\n");
    }

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        csv.text("Brushworks, Inc.")
                .text("Maple \"Easel\" Workshop")
                .text("two\nlines")
                .endRow();
        csv.close();

        assertThat(out).hasToString("\"Brushworks, Inc.\",\"Maple \"\"Easel\"\" Workshop\",\"two\nlines\"\n");
        assertThat(CsvRows.parse(out.toString()))
                .containsExactly(List.of("Brushworks, Inc.", "Maple \"Easel\" Workshop", "two\nlines"));
    }

    @Test
    void writesEmptyCellsIncludingALeadingOne() {
        csv.empty().text(null).text("").number(3).endRow();
        csv.close();

        assertThat(out).hasToString(",,,3\n");
    }

    @Test
    void writesMoneyWithTwoDecimalsAndTimesInUtc() {
        csv.money(1250).money(7).money(0).time(1_756_721_700L).endRow();
        csv.close();

        assertThat(out).hasToString("12.50,0.07,0.00,2025-09-01T10:15:00Z\n");
    }

    @Test
    void countsDataRows() {
        csv.text("a").endRow();
        csv.text("b").endRow();

        assertThat(csv.rows()).isEqualTo(2);
    }
}
