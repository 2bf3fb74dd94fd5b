package dev.easel.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An XLSX as its reader sees it: sheets by name, each a list of rows of cell texts (numbers as written). Read from
 * the Office Open XML parts directly, enough for the workbooks Jasper writes.
 */
final class XlsxSheets {

    private static final Pattern SHEET = Pattern.compile("<sheet [^>]*name=\"([^\"]*)\"");
    private static final Pattern ROW = Pattern.compile("<row[^>]*>(.*?)</row>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<c ([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("<v>(.*?)</v>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<t[^>]*>(.*?)</t>", Pattern.DOTALL);
    private static final Pattern SHARED = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL);

    private XlsxSheets() {}

    static Map<String, List<List<String>>> read(byte[] xlsx) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<String> shared = new ArrayList<>();
        Matcher si = SHARED.matcher(parts.getOrDefault("xl/sharedStrings.xml", ""));
        while (si.find()) {
            shared.add(texts(si.group(1)));
        }
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        Matcher sheet = SHEET.matcher(parts.get("xl/workbook.xml"));
        for (int n = 1; sheet.find(); n++) {
            List<List<String>> rows = new ArrayList<>();
            Matcher row = ROW.matcher(parts.getOrDefault("xl/worksheets/sheet" + n + ".xml", ""));
            while (row.find()) {
                List<String> cells = new ArrayList<>();
                Matcher cell = CELL.matcher(row.group(1));
                while (cell.find()) {
                    String attributes = cell.group(1);
                    String body = cell.group(2) == null ? "" : cell.group(2);
                    Matcher value = VALUE.matcher(body);
                    if (attributes.contains("t=\"s\"") && value.find()) {
                        cells.add(shared.get(Integer.parseInt(value.group(1).trim())));
                    } else if (attributes.contains("t=\"inlineStr\"")) {
                        cells.add(texts(body));
                    } else {
                        cells.add(value.find() ? value.group(1).trim() : "");
                    }
                }
                cells.removeIf(String::isEmpty);
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
            sheets.put(unescape(sheet.group(1)), rows);
        }
        return sheets;
    }

    private static String texts(String xml) {
        StringBuilder text = new StringBuilder();
        Matcher t = TEXT.matcher(xml);
        while (t.find()) {
            text.append(unescape(t.group(1)));
        }
        return text.toString();
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
