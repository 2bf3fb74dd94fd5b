package dev.easel.clv.web;

import dev.easel.clv.ClvExplanation;
import java.util.Locale;
import java.util.Map;

/**
 * The sentences the customer page adds to the explanation's model: which model scored the customer, how far the
 * season moved their expected orders, and what a one-order customer's P(alive) means (or why it is withheld). Each is
 * null where it does not apply.
 */
record ModelNotes(String serving, String season, String oneOrder) {

    static final ModelNotes NONE = new ModelNotes(null, null, null);

    static ModelNotes of(ClvExplanation explanation) {
        if (explanation == null || explanation.model() == null) {
            return NONE;
        }
        Map<String, Object> model = explanation.model();
        String serving = model.get("serving") instanceof Map<?, ?> s && s.get("label") != null
                ? String.valueOf(s.get("label"))
                : null;
        String oneOrder = model.get("oneOrderCustomer") == null
                ? null
                : capitalised(String.valueOf(model.get("oneOrderCustomer")));
        return new ModelNotes(serving, seasonLine(model.get("season")), oneOrder);
    }

    /** "Season taken into account: ... (moves this customer's expected orders from X to Y)", or null without one. */
    static String seasonLine(Object part) {
        if (!(part instanceof Map<?, ?> season)
                || !(season.get("expectedOrdersWithSeason") instanceof Number with)
                || !(season.get("expectedOrdersWithoutSeason") instanceof Number without)) {
            return null;
        }
        String source = "DECLARED".equals(String.valueOf(season.get("source")))
                ? "declared by the analyst" + (season.get("version") == null ? "" : " (" + season.get("version") + ")")
                : "estimated from the business's own history";
        Object months = season.get("horizonMonths");
        return String.format(
                Locale.ROOT,
                "Season taken into account: %s (moves this customer's expected orders%s from %.2f to %.2f)",
                source,
                months == null ? "" : " over the next " + months + " months",
                without.doubleValue(),
                with.doubleValue());
    }

    private static String capitalised(String note) {
        return note.isEmpty() ? note : note.substring(0, 1).toUpperCase(Locale.ROOT) + note.substring(1);
    }
}
