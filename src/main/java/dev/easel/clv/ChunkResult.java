package dev.easel.clv;

import java.util.List;

/** What one chunk of a batch run did; flagged candidates go to review, one process each. */
public record ChunkResult(
        String runId, int chunk, int customers, int published, int suppressed, List<Long> flaggedCandidateIds) {

    public ChunkResult {
        flaggedCandidateIds = List.copyOf(flaggedCandidateIds);
    }
}
