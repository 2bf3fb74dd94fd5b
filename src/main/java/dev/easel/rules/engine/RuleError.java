package dev.easel.rules.engine;

/**
 * One problem with the rule files, where an analyst can find it.
 *
 * @param file the path inside the rules folder ({@code consent/opt-in-consent.drl})
 * @param line 1-based; 0 when the problem is not on one line
 */
public record RuleError(String file, int line, String message) {

    /** {@code file:line: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
