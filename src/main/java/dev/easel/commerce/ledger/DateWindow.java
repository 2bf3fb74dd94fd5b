package dev.easel.commerce.ledger;

import dev.easel.commerce.CommerceProperties;
import dev.easel.shared.FieldProblems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** The dates an order or refund may carry: from {@code easel.commerce.earliest-date} to a little after now. */
@Component
class DateWindow {

    /** For callers without configuration (unit tests, tools): the defaults on the system clock. */
    static final DateWindow STANDARD = new DateWindow(new CommerceProperties(null, null), Clock.systemUTC());

    private final LocalDate earliestDate;
    private final Instant earliest;
    private final Duration futureTolerance;
    private final Clock clock;

    DateWindow(CommerceProperties properties, Clock clock) {
        this.earliestDate = properties.earliestDate();
        this.earliest = earliestDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        this.futureTolerance = properties.futureTolerance();
        this.clock = clock;
    }

    void check(OffsetDateTime value, String field, FieldProblems problems) {
        if (value == null) {
            return;
        }
        Instant latest = clock.instant().plus(futureTolerance);
        if (value.toInstant().isBefore(earliest) || value.toInstant().isAfter(latest)) {
            problems.add(
                    field,
                    "must be between " + earliestDate + " and " + latest.truncatedTo(ChronoUnit.SECONDS) + " (now plus "
                            + futureTolerance + ")");
        }
    }
}
