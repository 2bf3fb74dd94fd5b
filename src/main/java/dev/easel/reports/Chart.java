package dev.easel.reports;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One chart of a report and the figures it draws. The PDF and the XLSX show it as an image on the charts page; the
 * figures also come out as rows, on a sheet of their own in the XLSX and after the report's rows in the CSV, so that
 * no number is only in a picture.
 *
 * @param parameter     the template's image parameter
 * @param sheet         the XLSX sheet's name (at most 31 characters, none of {@code []:*?/\})
 * @param style         bars or lines
 * @param percent       values are shares from 0 to 1, drawn and written as percentages
 */
record Chart(
        String parameter,
        String sheet,
        String title,
        String categoryLabel,
        String valueLabel,
        Style style,
        boolean percent,
        DefaultCategoryDataset data) {

    enum Style {
        BARS,
        LINES
    }

    Chart {
        if (sheet.length() > 31 || sheet.chars().anyMatch(c -> "[]:*?/\\".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Not an XLSX sheet name: " + sheet);
        }
    }

    BufferedImage image() {
        return style == Style.BARS
                ? ChartImages.bars(title, categoryLabel, valueLabel, data, percent)
                : ChartImages.lines(title, categoryLabel, valueLabel, data, percent);
    }

    /** What a row's value is: the value axis's label, with "(%)" for shares. */
    String measure() {
        return percent ? valueLabel + " (%)" : valueLabel;
    }

    /**
     * The figures, series by series in the order drawn: series, category, value (a share as a percentage to two
     * decimals, other values to four). A point the chart leaves out (no value) is not a row.
     */
    List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int s = 0; s < data.getRowCount(); s++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number value = data.getValue(s, c);
                if (value == null) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("series", String.valueOf(data.getRowKey(s)));
                row.put("category", String.valueOf(data.getColumnKey(c)));
                row.put(
                        "value",
                        percent
                                ? BigDecimal.valueOf(value.doubleValue() * 100).setScale(2, RoundingMode.HALF_UP)
                                : BigDecimal.valueOf(value.doubleValue()).setScale(4, RoundingMode.HALF_UP));
                rows.add(row);
            }
        }
        return rows;
    }
}
