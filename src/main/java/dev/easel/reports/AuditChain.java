package dev.easel.reports;

/**
 * The audit trail's chain verification, as the decision-audit report's header shows it. Declared here and implemented
 * by the audit module, because the audit module already depends on this one (it records {@link ReportRendered}):
 * reading its trail directly would make the two modules a cycle.
 */
public interface AuditChain {

    ChainCheck verify();

    /** @param firstBrokenId null when the chain is intact */
    record ChainCheck(boolean intact, long recordsChecked, Long firstBrokenId, String problem) {

        /** One line for a report header. */
        public String describe() {
            return intact
                    ? "intact: " + recordsChecked + " records verified"
                    : "BROKEN at record " + firstBrokenId + ": " + problem;
        }
    }
}
