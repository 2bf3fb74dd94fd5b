package dev.easel.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The assortment: a few product lines per category, some in many colours, priced in euros and converted to pounds
 * and dollars at shelf prices ending in 9.
 */
final class Catalogue {

    private static final List<String> COLOURS = List.of(
            "TITANIUM-WHITE",
            "IVORY-BLACK",
            "CADMIUM-RED",
            "ALIZARIN-CRIMSON",
            "CADMIUM-YELLOW",
            "LEMON-YELLOW",
            "ULTRAMARINE",
            "CERULEAN",
            "PHTHALO-GREEN",
            "SAP-GREEN",
            "BURNT-SIENNA",
            "RAW-UMBER",
            "YELLOW-OCHRE",
            "DIOXAZINE-PURPLE",
            "PAYNES-GREY");

    // Shares of lines per category in an individual's basket.
    private static final Map<Category, Double> BASKET_SHARE = Map.of(
            Category.PAINTS,
            30.0,
            Category.BRUSHES,
            15.0,
            Category.CANVAS,
            14.0,
            Category.PAPER,
            20.0,
            Category.TOOLS,
            9.0,
            Category.KITS,
            7.0,
            Category.OTHER,
            5.0);

    private final Map<Category, List<Sku>> byCategory = new EnumMap<>(Category.class);
    private final List<Sku> bulk = new ArrayList<>();
    private final Weighted<Category> basketCategories;

    Catalogue() {
        for (Category category : Category.values()) {
            byCategory.put(category, new ArrayList<>());
        }
        colours("PNT-ACR75", Category.PAINTS, 690);
        colours("PNT-OIL37", Category.PAINTS, 890);
        colours("PNT-WC-HALFPAN", Category.PAINTS, 420);
        add("PNT-GOUACHE-SET12", Category.PAINTS, 2490, false);
        add("PNT-ACR500-SCHOOL", Category.PAINTS, 1190, true);
        add("BRU-SYN-ROUND-04", Category.BRUSHES, 390, false);
        add("BRU-SYN-FLAT-12", Category.BRUSHES, 590, false);
        add("BRU-SABLE-ROUND-06", Category.BRUSHES, 2890, false);
        add("BRU-HOG-FILBERT-08", Category.BRUSHES, 690, false);
        add("BRU-SET-10", Category.BRUSHES, 1590, false);
        add("BRU-SCHOOL-PACK-30", Category.BRUSHES, 1990, true);
        add("CNV-STRETCHED-20X20", Category.CANVAS, 450, false);
        add("CNV-STRETCHED-40X50", Category.CANVAS, 1290, false);
        add("CNV-STRETCHED-60X80", Category.CANVAS, 2490, false);
        add("CNV-BOARD-PACK-5", Category.CANVAS, 990, false);
        add("CNV-ROLL-PRIMED-2M", Category.CANVAS, 4900, false);
        add("CNV-BOARD-A4-CLASS", Category.CANVAS, 120, true);
        add("PAP-SKETCHBOOK-A4", Category.PAPER, 890, false);
        add("PAP-WC-PAD-300G-A4", Category.PAPER, 1450, false);
        add("PAP-PASTEL-SHEET", Category.PAPER, 90, false);
        add("PAP-CARTRIDGE-A3-50", Category.PAPER, 1100, false);
        add("PAP-MIXED-MEDIA-A3", Category.PAPER, 1690, false);
        add("PAP-CARTRIDGE-REAM-A4", Category.PAPER, 790, true);
        add("TOL-PALETTE-KNIFE", Category.TOOLS, 450, false);
        add("TOL-TABLE-EASEL", Category.TOOLS, 5900, false);
        add("TOL-MIXING-PALETTE", Category.TOOLS, 600, false);
        add("TOL-MASKING-FLUID", Category.TOOLS, 750, false);
        add("TOL-CUTTING-MAT-A2", Category.TOOLS, 2200, false);
        add("KIT-ACRYLIC-BEGINNER", Category.KITS, 3490, false);
        add("KIT-WATERCOLOUR-TRAVEL", Category.KITS, 2990, false);
        add("KIT-KIDS-CRAFT", Category.KITS, 1290, false);
        add("KIT-CLASSROOM-PAINTING", Category.KITS, 890, true);
        add("OTH-APRON", Category.OTHER, 1490, false);
        add("OTH-VARNISH-GLOSS", Category.OTHER, 1190, false);
        add("OTH-STORAGE-BOX", Category.OTHER, 1890, false);
        add("OTH-GIFT-WRAP", Category.OTHER, 350, false);
        basketCategories = Weighted.of(List.of(Category.values()), BASKET_SHARE::get);
    }

    Sku pickForBasket(RandomGenerator random) {
        return pickIn(basketCategories.pick(random), random);
    }

    Sku pickIn(Category category, RandomGenerator random) {
        List<Sku> skus = byCategory.get(category);
        return skus.get(random.nextInt(skus.size()));
    }

    /** The product with this code, bulk or not. */
    Sku find(String code) {
        return java.util.stream.Stream.concat(byCategory.values().stream().flatMap(List::stream), bulk.stream())
                .filter(sku -> sku.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no product " + code));
    }

    Sku pickBulk(RandomGenerator random) {
        return bulk.get(random.nextInt(bulk.size()));
    }

    private void colours(String line, Category category, long eurCents) {
        for (String colour : COLOURS) {
            add(line + "-" + colour, category, eurCents, false);
        }
    }

    private void add(String code, Category category, long eurCents, boolean forBulk) {
        Sku sku = new Sku(code, category, eurCents, shelfPrice(eurCents * 0.86), shelfPrice(eurCents * 1.08), forBulk);
        if (forBulk) {
            bulk.add(sku);
        } else {
            byCategory.get(category).add(sku);
        }
    }

    // Rounds to ten cents and takes one off, so 7.52 becomes 7.49.
    private static long shelfPrice(double cents) {
        long tens = Math.max(1, Math.round(cents / 10.0));
        return tens * 10 - 1;
    }
}
