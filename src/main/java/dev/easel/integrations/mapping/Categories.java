package dev.easel.integrations.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ledger's product category from the words a shop uses (Shopify product type or title, a Segment category).
 * First match wins, in the order below; anything unrecognised is OTHER rather than a guess.
 */
public final class Categories {

    private static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put("KITS", List.of("kit", "starter set", "gift set"));
        KEYWORDS.put("BRUSHES", List.of("brush"));
        KEYWORDS.put("CANVAS", List.of("canvas", "canvases", "panel"));
        KEYWORDS.put("PAPER", List.of("paper", "sketchbook", "sketch pad", "journal"));
        KEYWORDS.put(
                "PAINTS",
                List.of(
                        "paint",
                        "acrylic",
                        "watercolour",
                        "watercolor",
                        "gouache",
                        "oil colour",
                        "oil color",
                        "ink",
                        "pigment"));
        KEYWORDS.put("TOOLS", List.of("tool", "knife", "palette", "easel", "pencil", "marker", "eraser"));
    }

    private Categories() {}

    /** The first description that names a known category decides; none does: OTHER. */
    public static String of(String... descriptions) {
        for (String description : descriptions) {
            if (description == null || description.isBlank()) {
                continue;
            }
            String text = description.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, List<String>> category : KEYWORDS.entrySet()) {
                if (category.getValue().stream().anyMatch(text::contains)) {
                    return category.getKey();
                }
            }
        }
        return "OTHER";
    }
}
