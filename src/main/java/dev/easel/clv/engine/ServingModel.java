package dev.easel.clv.engine;

import dev.easel.clv.model.BgNbdModel;
import dev.easel.clv.model.ModelChoice;
import dev.easel.clv.model.ParetoNbdModel;
import dev.easel.clv.model.PurchaseModel;
import dev.easel.clv.model.SeasonalProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The purchase model that scores customers with a fit: plain BG/NBD, Pareto/NBD, or BG/NBD in operational time with
 * its season. Stored in the fit's diagnostics under {@code serving}; a fit without that part (made before the service
 * scored with the chosen model) serves plain BG/NBD.
 *
 * @param purchases     the serving model's purchase counts (for the seasonal variant, on the operational clock)
 * @param season        the season of the operational clock, or null
 * @param seasonSource  ESTIMATED or DECLARED with a season, otherwise NOT_USED
 * @param seasonVersion the declared file's version, or null
 */
record ServingModel(
        ModelChoice.Candidate model,
        PurchaseModel purchases,
        SeasonalProfile season,
        ModelChoice.SeasonSource seasonSource,
        String seasonVersion) {

    static final String KEY = "serving";

    static ServingModel plain(BgNbdModel model) {
        return new ServingModel(ModelChoice.Candidate.BG_NBD, model, null, ModelChoice.SeasonSource.NOT_USED, null);
    }

    boolean seasonal() {
        return season != null;
    }

    /**
     * Whether the model says something about a customer who has not bought again. Pareto/NBD lets a customer leave at
     * any time, so after one order P(alive) falls with the time since it and the next-order estimate stands on that.
     * BG/NBD (plain or seasonal) lets a customer leave only right after a repeat purchase: P(alive | x = 0) is 1 by
     * construction, an assumption rather than evidence.
     */
    boolean judgesOneOrderCustomers() {
        return purchases instanceof ParetoNbdModel;
    }

    /** Why a model serves: it won the choice, or plain BG/NBD stands in for one that could not be had. */
    enum Basis {
        CHOSEN,
        FALLBACK
    }

    /**
     * The part of the fit's diagnostics that describes this model: {@code basis} and {@code note}, which says the rest
     * without naming the model again (the label stands beside it).
     */
    Map<String, Object> asMap(Basis basis, String note) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("model", model.name());
        map.put("label", model.label());
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (purchases instanceof BgNbdModel m) {
            parameters.put("r", m.r());
            parameters.put("alpha", m.alpha());
            parameters.put("a", m.a());
            parameters.put("b", m.b());
        } else if (purchases instanceof ParetoNbdModel m) {
            parameters.put("r", m.r());
            parameters.put("alpha", m.alpha());
            parameters.put("s", m.s());
            parameters.put("beta", m.beta());
        }
        map.put("parameters", parameters);
        map.put("seasonSource", seasonSource.name());
        if (season != null) {
            List<Double> months = new ArrayList<>();
            for (double m : season.monthly()) {
                months.add(m);
            }
            map.put("profile", months);
        }
        if (seasonVersion != null) {
            map.put("seasonVersion", seasonVersion);
        }
        map.put("basis", basis.name());
        if (note != null) {
            map.put("note", note);
        }
        return map;
    }

    /** Rebuilt from the fit's diagnostics; plain BG/NBD when they hold no serving model. */
    static ServingModel of(Map<String, Object> diagnostics, BgNbdModel plain) {
        if (!(diagnostics.get(KEY) instanceof Map<?, ?> serving)
                || !(serving.get("parameters") instanceof Map<?, ?> p)) {
            return plain(plain);
        }
        ModelChoice.Candidate model = ModelChoice.Candidate.valueOf(String.valueOf(serving.get("model")));
        ModelChoice.SeasonSource source = serving.get("seasonSource") == null
                ? ModelChoice.SeasonSource.NOT_USED
                : ModelChoice.SeasonSource.valueOf(String.valueOf(serving.get("seasonSource")));
        String version = serving.get("seasonVersion") == null
                ? null
                : serving.get("seasonVersion").toString();
        return switch (model) {
            case BG_NBD -> plain(plain);
            case PARETO_NBD ->
                new ServingModel(
                        model,
                        new ParetoNbdModel(number(p, "r"), number(p, "alpha"), number(p, "s"), number(p, "beta")),
                        null,
                        ModelChoice.SeasonSource.NOT_USED,
                        null);
            case SEASONAL_BG_NBD -> {
                List<?> months = (List<?>) serving.get("profile");
                double[] monthly = new double[12];
                for (int m = 0; m < 12; m++) {
                    monthly[m] = ((Number) months.get(m)).doubleValue();
                }
                yield new ServingModel(
                        model,
                        new BgNbdModel(number(p, "r"), number(p, "alpha"), number(p, "a"), number(p, "b")),
                        new SeasonalProfile(
                                monthly,
                                source == ModelChoice.SeasonSource.DECLARED
                                        ? SeasonalProfile.Source.DECLARED
                                        : SeasonalProfile.Source.ESTIMATED),
                        source,
                        version);
            }
        };
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
