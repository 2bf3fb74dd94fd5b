package dev.easel.clv.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Model page's "Model choice and season" section, read once from a fit's diagnostics (the {@code serving} and
 * {@code modelChoice} maps a fit stores), so that the template prints sentences and rows instead of digging in maps.
 *
 * @param serving     which model scores customers and why, as a sentence; null for a fit from before the choice
 *                    was served
 * @param effect      the season's effect on the whole population; null when no season serves
 * @param compared    whether the fit compared models at all
 * @param chosen      the choice as a sentence (null when nothing was compared)
 * @param season      where the season came from, as a sentence (null when nothing was compared)
 * @param seasonFileProblem what is wrong with the declared season file, or null
 */
record ModelChoiceView(
        String serving,
        SeasonEffect effect,
        boolean compared,
        String chosen,
        String season,
        String seasonFileProblem,
        List<Score> scores,
        List<Origin> origins) {

    /** Predicted purchases and CLV of the fitted customers over the horizon, with the season and without it. */
    record SeasonEffect(
            Object customers,
            Object horizonMonths,
            Object asOf,
            double purchasesWith,
            double purchasesWithout,
            Double clvWith,
            Double clvWithout,
            String currency) {

        public double purchasesChangePercent() {
            return 100 * (purchasesWith / purchasesWithout - 1);
        }

        public Double clvChangePercent() {
            return clvWith == null || clvWithout == null ? null : 100 * (clvWith / clvWithout - 1);
        }
    }

    /** One candidate's aggregate holdout error over the origins, as fractions. */
    record Score(String label, Object origins, double meanAbsoluteError, double meanError, boolean chosen) {}

    /** One rolling origin: the holdout's actual repeat purchases and each candidate's expectation, or why skipped. */
    record Origin(Object calibrationEnd, Object holdoutEnd, Object actual, String expected) {}

    static ModelChoiceView of(Map<String, Object> diagnostics) {
        Map<String, Object> serving = section(diagnostics.get("serving"));
        Map<String, Object> choice = section(diagnostics.get("modelChoice"));
        boolean compared = !choice.isEmpty();
        return new ModelChoiceView(
                serving.isEmpty()
                        ? null
                        : servingSentence(
                                text(serving.get("label")), text(serving.get("basis")), text(serving.get("note"))),
                effect(section(serving.get("population"))),
                compared,
                compared ? chosenSentence(choice) : null,
                compared ? seasonSentence(choice) : null,
                text(choice.get("seasonFileProblem")),
                scores(choice),
                origins(choice));
    }

    /**
     * "Customers are scored with X, which forecast the holdouts best; ..." for the chosen model, or plain BG/NBD with
     * the reason it stands in. {@code basis} is the fit's {@code CHOSEN} or {@code FALLBACK}; fits stored before it was
     * recorded have none, and their note is printed as it stands.
     */
    static String servingSentence(String label, String basis, String note) {
        if (note == null || note.isBlank()) {
            return "Customers are scored with " + label + ".";
        }
        if ("CHOSEN".equals(basis)) {
            return "Customers are scored with " + label + ", which " + note + ".";
        }
        if ("FALLBACK".equals(basis)) {
            return "Customers are scored with plain BG/NBD: " + note + ".";
        }
        return "Customers are scored with " + label + ": " + note + ".";
    }

    private static String chosenSentence(Map<String, Object> choice) {
        if (choice.get("chosen") == null) {
            Object error = choice.get("error");
            return "No origin could be evaluated" + (error == null ? "" : ": " + error)
                    + "; plain BG/NBD is in service.";
        }
        return "Chosen by rolling-origin holdout: " + choice.get("chosenLabel") + " (" + choice.get("criterion") + ").";
    }

    private static String seasonSentence(Map<String, Object> choice) {
        Object source = choice.get("seasonSource");
        String from;
        if ("ESTIMATED".equals(source)) {
            from = "estimated from the ledger";
        } else if ("DECLARED".equals(source)) {
            from = "declared by the analyst (" + choice.get("seasonFile") + ", " + choice.get("seasonVersion") + ")";
        } else {
            from = "not used";
        }
        Object note = choice.get("seasonNote");
        return "Season: " + from + (note == null ? "" : ": " + note) + ".";
    }

    private static SeasonEffect effect(Map<String, Object> population) {
        if (population.isEmpty()
                || !(population.get("expectedPurchasesWithSeason") instanceof Number with)
                || !(population.get("expectedPurchasesWithoutSeason") instanceof Number without)) {
            return null;
        }
        return new SeasonEffect(
                population.get("customers"),
                population.get("horizonMonths"),
                population.get("asOf"),
                with.doubleValue(),
                without.doubleValue(),
                number(population.get("predictedClvWithSeason")),
                number(population.get("predictedClvWithoutSeason")),
                text(population.get("currency")));
    }

    private static List<Score> scores(Map<String, Object> choice) {
        List<Score> scores = new ArrayList<>();
        if (choice.get("scores") instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> score = section(item);
                scores.add(new Score(
                        text(score.get("label")),
                        score.get("origins"),
                        orZero(number(score.get("meanAbsoluteError"))),
                        orZero(number(score.get("meanError"))),
                        score.get("candidate") != null && score.get("candidate").equals(choice.get("chosen"))));
            }
        }
        return List.copyOf(scores);
    }

    private static List<Origin> origins(Map<String, Object> choice) {
        List<Origin> origins = new ArrayList<>();
        if (choice.get("origins") instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> origin = section(item);
                String expected;
                if (origin.get("skipped") != null) {
                    expected = "skipped: " + origin.get("skipped");
                } else {
                    List<String> each = new ArrayList<>();
                    section(origin.get("expected"))
                            .forEach((candidate, value) -> each.add(shortName(candidate) + " "
                                    + (value instanceof Number n
                                            ? String.format(java.util.Locale.ROOT, "%.1f", n.doubleValue())
                                            : value)));
                    expected = String.join(", ", each);
                }
                origins.add(new Origin(
                        origin.get("calibrationEnd"), origin.get("holdoutEnd"), origin.get("actual"), expected));
            }
        }
        return List.copyOf(origins);
    }

    private static String shortName(String candidate) {
        return switch (candidate) {
            case "BG_NBD" -> "BG/NBD";
            case "PARETO_NBD" -> "Pareto/NBD";
            case "SEASONAL_BG_NBD" -> "seasonal BG/NBD";
            default -> candidate;
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
