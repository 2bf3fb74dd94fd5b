package dev.easel.privacy.notices;

import java.util.ArrayList;
import java.util.List;

/**
 * The one syntax of the notices folder: {@code key: value} per line, {@code #} comments, blank lines between blocks.
 * Kept this plain so that compliance can edit it in any editor and every error has a line number.
 */
final class KeyValueLines {

    private KeyValueLines() {}

    record Line(String key, String value, int number) {}

    static List<Line> parse(String file, String text, List<NoticeProblem> problems) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                problems.add(new NoticeProblem(file, i + 1, "expected 'key: value', found '" + abbreviate(line) + "'"));
                continue;
            }
            String value = line.substring(colon + 1).strip();
            if (value.isEmpty()) {
                problems.add(new NoticeProblem(
                        file, i + 1, "'" + line.substring(0, colon).strip() + "' has no text"));
                continue;
            }
            lines.add(new Line(line.substring(0, colon).strip(), value, i + 1));
        }
        return lines;
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
