package dev.easel.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BusinessDaysTests {

    @Test
    void twoBusinessDaysFromAFridayEndOnTuesday() {
        assertThat(BusinessDays.add(ZonedDateTime.parse("2026-11-20T15:00:00Z"), 2))
                .isEqualTo(ZonedDateTime.parse("2026-11-24T15:00:00Z"));
    }

    @Test
    void twoBusinessDaysFromASaturdayCountFromMonday() {
        assertThat(BusinessDays.add(ZonedDateTime.parse("2026-11-21T10:00:00Z"), 2))
                .isEqualTo(ZonedDateTime.parse("2026-11-24T10:00:00Z"));
    }

    @Test
    void twoBusinessDaysWithinAWeekAreTwoDays() {
        assertThat(BusinessDays.add(ZonedDateTime.parse("2026-11-16T09:00:00Z"), 2))
                .isEqualTo(ZonedDateTime.parse("2026-11-18T09:00:00Z"));
    }
}
