package dev.easel.rules;

/**
 * A rule failed while deciding; no part of the decision is returned. Names the rule and where it is written, so an
 * analyst can fix it.
 */
public class RuleEvaluationException extends RuntimeException {

    private final String rule;
    private final String file;
    private final int line;

    public RuleEvaluationException(String rule, String file, int line, String reason, Throwable cause) {
        super(
                rule == null
                        ? "The rules in " + file + " failed while matching facts: " + reason
                        : "Rule \"" + rule + "\" (" + file + ":" + line + ") failed: " + reason,
                cause);
        this.rule = rule;
        this.file = file;
        this.line = line;
    }

    /** The rule's name; null when the failure happened while matching, before any rule fired. */
    public String rule() {
        return rule;
    }

    /** The file inside the rules folder, or the rule set folder when the rule is not known. */
    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
