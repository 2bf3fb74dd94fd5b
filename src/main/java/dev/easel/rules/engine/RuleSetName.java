package dev.easel.rules.engine;

import java.util.Optional;

/** The rule sets, one folder each under the rules folder, evaluated separately. */
public enum RuleSetName {
    CONSENT("consent"),
    CLV("clv"),
    REVIEW("review");

    private final String folder;

    RuleSetName(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    static Optional<RuleSetName> ofFolder(String folder) {
        for (RuleSetName name : values()) {
            if (name.folder.equals(folder)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
