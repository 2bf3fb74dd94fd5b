package dev.easel.audit;

import java.time.Instant;
import java.util.List;

/**
 * One verification of the chain as the desk keeps it.
 *
 * @param breaksFound how many breaks the run found; {@code breaks} holds the first {@link #BREAKS_KEPT} of them (none
 *                    when the run is read as a line of the history)
 * @param anchor      the anchor it was checked against, null when there was none
 */
public record VerificationRun(
        long id,
        Instant at,
        String by,
        long millis,
        boolean intact,
        long recordsChecked,
        int breaksFound,
        List<ChainBreak> breaks,
        ChainVerification.AnchorCheck anchor) {

    public static final int BREAKS_KEPT = 1_000;

    public VerificationRun {
        breaks = List.copyOf(breaks);
    }

    /** Whether some of the breaks found were not kept. */
    public boolean breaksCut() {
        return breaksFound > breaks.size();
    }
}
