package dev.easel.consent;

import java.util.List;

/**
 * Consent events a file import stored, a chunk at a time, in the import's transaction: for the audit trail, which
 * records each. Unlike {@link ConsentChanged}, it asks nobody to recalculate; {@link ConsentsImported} follows once
 * for the whole file.
 */
public record ConsentsStored(List<ConsentChanged> changes) {

    public ConsentsStored {
        changes = List.copyOf(changes);
    }
}
