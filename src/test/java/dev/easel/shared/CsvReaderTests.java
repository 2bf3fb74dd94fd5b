package dev.easel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
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
    void readsTheSameRecordsHoweverTheStreamIsCutIntoReads() throws IOException {
        StringBuilder file = new StringBuilder("orderId,sku,note\n");
        for (int i = 0; i < 20_000; i++) {
            file.append("o-").append(i).append(",SKU \"").append(i % 97).append("\",\"a, b\"\r\n");
        }
        String text = file.toString();
        // A reader that hands out a few characters at a time cuts cells at every place a 64 KiB buffer could.
        Reader trickle = new FilterReader(new StringReader(text)) {
            @Override
            public int read(char[] into, int offset, int length) throws IOException {
                return super.read(into, offset, Math.min(length, 7));
            }
        };

        CsvReader whole = new CsvReader(new StringReader(text));
        CsvReader cut = new CsvReader(trickle);
        int records = 0;
        for (String[] record = whole.next(); record != null; record = whole.next()) {
            assertThat(cut.next()).containsExactly(record);
            assertThat(cut.recordLine()).isEqualTo(whole.recordLine());
            records++;
        }
        assertThat(cut.next()).isNull();
        assertThat(records).isEqualTo(20_001);
        CsvReader again = new CsvReader(new StringReader(text));
        again.next();
        assertThat(again.next()).containsExactly("o-0", "SKU \"0\"", "a, b");
    }

    @Test
    void skipsAByteOrderMarkAtTheStartOfTheFileOnly() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("\uFEFFcustomerId,name\nc-1,\uFEFFkept\n"));

        org.assertj.core.api.Assertions.assertThat(reader.next()).containsExactly("customerId", "name");
        org.assertj.core.api.Assertions.assertThat(reader.next()).containsExactly("c-1", "\uFEFFkept");
    }
}
