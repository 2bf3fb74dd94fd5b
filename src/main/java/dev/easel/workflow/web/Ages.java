package dev.easel.workflow.web;

import dev.easel.workflow.ReviewInbox.Row;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Ages and deadlines as a person reads them ("3 h 10 min", "due in 1 d 4 h", "overdue by 20 min"). */
@Component
class Ages {

    private final Clock clock;

    Ages(Clock clock) {
        this.clock = clock;
    }

    At now() {
        return new At(clock.instant());
    }

    /** One reading of the clock for a whole page, so that every row is aged against the same instant. */
    record At(Instant now) {

        public String age(Row row) {
            return span(Duration.between(row.created(), now));
        }

        public String sla(Row row) {
            Duration left = Duration.between(now, row.due());
            if (row.escalated()) {
                return "escalated to the compliance lead";
            }
            return left.isNegative() ? "overdue by " + span(left.negated()) : "due in " + span(left);
        }

        public boolean overdue(Row row) {
            return row.overdue(now);
        }

        static String span(Duration duration) {
            long minutes = Math.max(0, duration.toMinutes());
            if (minutes < 60) {
                return minutes + " min";
            }
            long hours = minutes / 60;
            if (hours < 24) {
                return hours + " h " + minutes % 60 + " min";
            }
            return hours / 24 + " d " + hours % 24 + " h";
        }
    }
}
