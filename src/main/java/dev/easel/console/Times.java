package dev.easel.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** How pages write instants: in UTC, to the minute. Templates call it as {@code ${@times.at(instant)}}. */
@Component("times")
class Times {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String at(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
