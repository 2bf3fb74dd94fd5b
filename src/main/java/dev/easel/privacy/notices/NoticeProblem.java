package dev.easel.privacy.notices;

/** One mistake in a notices file, where an editor finds it. */
public record NoticeProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
