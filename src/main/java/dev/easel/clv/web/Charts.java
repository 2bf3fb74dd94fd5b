package dev.easel.clv.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * ECharts options built on the server and written into a page as JSON (the console's script draws them), so that a
 * chart holds exactly the numbers the page's reader may see.
 */
@Component
class Charts {

    private final ObjectMapper json;

    Charts(ObjectMapper json) {
        this.json = json;
    }

    String json(Map<String, Object> option) {
        try {
            return json.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a chart option must be plain values", e);
        }
    }

    /** Bars over named categories; one series per entry of {@code series}, in order. */
    Map<String, Object> bars(
            String xName, String yName, List<String> categories, Map<String, ? extends List<? extends Number>> series) {
        Map<String, Object> option = base(series.size() > 1);
        // Every category labelled, slanted when there are many: ECharts would otherwise skip some.
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "name",
                        xName,
                        "nameLocation",
                        "middle",
                        "nameGap",
                        categories.size() > 6 ? 48 : 28,
                        "data",
                        categories,
                        "axisLabel",
                        Map.of("interval", 0, "rotate", categories.size() > 6 ? 30 : 0)));
        option.put("yAxis", Map.of("type", "value", "name", yName));
        option.put(
                "series",
                series.entrySet().stream()
                        .map(entry -> Map.of("type", "bar", "name", entry.getKey(), "data", entry.getValue()))
                        .toList());
        return option;
    }

    /** Lines over a numeric x axis; {@code markAt} draws a dashed vertical line there (null: none). */
    Map<String, Object> lines(
            String xName,
            String yName,
            List<?> x,
            Map<String, ? extends List<? extends Number>> series,
            Number markAt,
            String markLabel) {
        Map<String, Object> option = base(series.size() > 1);
        option.put(
                "xAxis", Map.of("type", "category", "name", xName, "nameLocation", "middle", "nameGap", 28, "data", x));
        option.put("yAxis", Map.of("type", "value", "name", yName));
        boolean first = true;
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (Map.Entry<String, ? extends List<? extends Number>> entry : series.entrySet()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "line");
            line.put("name", entry.getKey());
            line.put("data", entry.getValue());
            line.put("showSymbol", false);
            if (first && markAt != null) {
                line.put(
                        "markLine",
                        Map.of(
                                "symbol",
                                "none",
                                "lineStyle",
                                Map.of("type", "dashed"),
                                "label",
                                Map.of("formatter", markLabel),
                                "data",
                                List.of(Map.of("xAxis", String.valueOf(markAt)))));
            }
            first = false;
            lines.add(line);
        }
        option.put("series", lines);
        return option;
    }

    /** A heatmap of {@code [x index, y index, value]} cells. */
    Map<String, Object> heatmap(
            String xName,
            List<String> x,
            String yName,
            List<String> y,
            List<List<Number>> cells,
            double max,
            String valueName) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", 56, "right", 16, "top", 36, "bottom", 80));
        option.put(
                "xAxis", Map.of("type", "category", "name", xName, "nameLocation", "middle", "nameGap", 28, "data", x));
        option.put("yAxis", Map.of("type", "category", "name", yName, "data", y));
        option.put(
                "visualMap",
                Map.of(
                        "min",
                        0,
                        "max",
                        max,
                        "calculable",
                        true,
                        "orient",
                        "horizontal",
                        "left",
                        "center",
                        "bottom",
                        0,
                        "text",
                        List.of(valueName, "")));
        option.put("series", List.of(Map.of("type", "heatmap", "name", valueName, "data", cells)));
        return option;
    }

    private static Map<String, Object> base(boolean legend) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 64, "right", 16, "top", legend ? 36 : 24, "bottom", 64));
        if (legend) {
            option.put("legend", Map.of("top", 0));
        }
        option.put("aria", Map.of("enabled", true));
        return option;
    }
}
