package dev.easel.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Easel's own stock plus third-party sellers: most with a data processing agreement, some without one, some outside
 * the EU. Names are invented; the odd comma and accent exercise CSV quoting and UTF-8.
 */
final class Sellers {

    static final Seller FIRST_PARTY =
            new Seller("easel", "Easel Art Supplies", true, null, "NL", "", List.of(Category.values()));

    static final List<Seller> THIRD_PARTY = List.of(
            new Seller(
                    "s-pigmentum",
                    "Pigmentum Farbwerk GmbH",
                    false,
                    LocalDate.of(2023, 3, 14),
                    "DE",
                    "",
                    List.of(Category.PAINTS)),
            new Seller(
                    "s-atelier-lumiere",
                    "Atelier Lumière SARL",
                    false,
                    LocalDate.of(2023, 9, 1),
                    "FR",
                    "",
                    List.of(Category.PAINTS, Category.BRUSHES)),
            new Seller(
                    "s-northbank",
                    "Northbank Canvas Co. Ltd",
                    false,
                    LocalDate.of(2024, 2, 20),
                    "GB",
                    "",
                    List.of(Category.CANVAS)),
            new Seller(
                    "s-carta-fina",
                    "Carta Fina S.r.l.",
                    false,
                    LocalDate.of(2024, 5, 10),
                    "IT",
                    "",
                    List.of(Category.PAPER)),
            new Seller("s-pinceles-sur", "Pinceles del Sur S.L.", false, null, "ES", "", List.of(Category.BRUSHES)),
            new Seller(
                    "s-brushworks",
                    "Brushworks, Inc.",
                    false,
                    LocalDate.of(2024, 1, 15),
                    "US",
                    "US-NY",
                    List.of(Category.BRUSHES, Category.TOOLS)),
            new Seller(
                    "s-pacific-pastels",
                    "Pacific Pastels LLC",
                    false,
                    null,
                    "US",
                    "US-CA",
                    List.of(Category.PAINTS, Category.PAPER)),
            new Seller(
                    "s-kyoto-sumi",
                    "Kyoto Sumi Works",
                    false,
                    LocalDate.of(2024, 7, 1),
                    "JP",
                    "",
                    List.of(Category.PAPER, Category.BRUSHES)),
            new Seller("s-alpine-paper", "Alpine Papier AG", false, null, "CH", "", List.of(Category.PAPER)),
            new Seller(
                    "s-little-makers",
                    "Little Makers Kits B.V.",
                    false,
                    LocalDate.of(2025, 1, 10),
                    "NL",
                    "",
                    List.of(Category.KITS, Category.OTHER)),
            new Seller("s-maple-easel", "Maple \"Easel\" Workshop", false, null, "CA", "", List.of(Category.TOOLS)));

    static List<Seller> all() {
        return Stream.concat(Stream.of(FIRST_PARTY), THIRD_PARTY.stream()).toList();
    }

    static Seller pickThirdParty(RandomGenerator random) {
        return THIRD_PARTY.get(random.nextInt(THIRD_PARTY.size()));
    }

    private Sellers() {}
}
