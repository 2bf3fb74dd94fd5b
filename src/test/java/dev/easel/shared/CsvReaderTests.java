package dev.easel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    @Test
    void readsQuotedCellsWithCommasQuotesAndLineBreaks() throws IOException {
        CsvReader reader =
                new CsvReader(new StringReader("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n\nlast,1,2"));

        assertThat(reader.next()).containsExactly("a", "b", "c");
        assertThat(reader.next()).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(reader.recordLine()).isEqualTo(2);
        assertThat(reader.next()).containsExactly("", "", "");
        assertThat(reader.recordLine()).isEqualTo(4);
        assertThat(reader.next()).containsExactly("last", "1", "2");
        assertThat(reader.recordLine()).isEqualTo(6);
        assertThat(reader.next()).isNull();
    }

    @Test
    void skipsAByteOrderMarkAtTheStartOfTheFileOnly() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("\uFEFFcustomerId,name\nc-1,\uFEFFkept\n"));

        org.assertj.core.api.Assertions.assertThat(reader.next()).containsExactly("customerId", "name");
        org.assertj.core.api.Assertions.assertThat(reader.next()).containsExactly("c-1", "\uFEFFkept");
    }
}
