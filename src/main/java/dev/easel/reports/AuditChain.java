package dev.easel.reports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The audit trail's chain verification, as the decision-audit report's header shows it. Declared here and implemented
 * by the audit module, because the audit module already depends on this one (it records {@link ReportRendered}):
 * reading its trail directly would make the two modules a cycle.
 */
public interface AuditChain {

    ChainCheck verify();

    /**
     * @param recordsChecked every record the check covers
     * @param firstBrokenId  null when the chain is intact
     * @param wholeWalkAt    when the whole chain was last walked for this check: null when it was walked now
     * @param walkedSince    records appended after that walk and walked now, chained onto the record it ended on
     */
    record ChainCheck(
            boolean intact,
            long recordsChecked,
            Long firstBrokenId,
            String problem,
            Instant wholeWalkAt,
            long walkedSince) {

        private static final DateTimeFormatter WHEN =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

        /** A check that walked the whole chain now. */
        public ChainCheck(boolean intact, long recordsChecked, Long firstBrokenId, String problem) {
            this(intact, recordsChecked, firstBrokenId, problem, null, 0);
        }

        /** One line for a report header: what was verified, and when. */
        public String describe() {
            if (!intact) {
                return "BROKEN at record " + firstBrokenId + ": " + problem;
            }
            if (wholeWalkAt == null) {
                return "intact: " + recordsChecked + " records verified";
            }
            long walkedBefore = recordsChecked - walkedSince;
            return String.format(
                    Locale.ROOT,
                    "intact: %d records; the first %d verified in full at %s UTC, the %d appended since verified now"
                            + " onto the last of them",
                    recordsChecked,
                    walkedBefore,
                    WHEN.format(wholeWalkAt),
                    walkedSince);
        }
    }
}
