package dev.easel.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The customer list's page cursor travels in a link: it must come back as it left. */
class ClvDirectoryCursorTests {

    @Test
    void aCursorComesBackFromItsEncodedForm() {
        ClvDirectory.Cursor cursor = new ClvDirectory.Cursor(new BigDecimal("1234.5600"), "cus_abc");

        assertThat(ClvDirectory.Cursor.decode(cursor.encoded())).isEqualTo(cursor);
        assertThat(ClvDirectory.Cursor.decode(new ClvDirectory.Cursor(null, "cus_x").encoded()))
                .isEqualTo(new ClvDirectory.Cursor(null, "cus_x"));
    }

    @Test
    void refusesWhatIsNotACursor() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClvDirectory.Cursor.decode("cus_abc"));
        assertThatIllegalArgumentException().isThrownBy(() -> ClvDirectory.Cursor.decode("12~"));
        assertThatIllegalArgumentException().isThrownBy(() -> ClvDirectory.Cursor.decode("twelve~cus_abc"));
    }

    @Test
    void namesEveryScoredCustomerBySegmentAndTheRestUnscored() {
        String sql = RfmSegment.sqlCase("r");

        assertThat(sql)
                .startsWith("CASE WHEN r.frequency >= 4 AND r.age - r.recency <= 90 THEN 'CHAMPIONS'")
                .endsWith("WHEN TRUE THEN 'UNSCORED' END");
    }
}
