package dev.easel.audit;

import java.time.Instant;

/** A decision as the log holds it: numbered, timed and chained to the record before it. */
public record DecisionRecord(long id, Instant recordedAt, Decision decision, String previousHash, String hash) {}
