package dev.easel.clv.engine;

import dev.easel.clv.StoredFit;
import dev.easel.clv.model.BgNbdModel;
import dev.easel.clv.model.GammaGammaModel;
import java.util.Map;

/**
 * A stored successful fit with its models rebuilt from the stored parameters: plain BG/NBD (the fit's own parameters,
 * also what a season is measured against), the spend model and the purchase model that serves.
 */
record FittedModel(StoredFit fit, BgNbdModel purchases, GammaGammaModel spend, ServingModel serving) {

    static FittedModel of(StoredFit fit) {
        Map<String, Double> p = fit.parameters();
        BgNbdModel plain = new BgNbdModel(p.get("r"), p.get("alpha"), p.get("a"), p.get("b"));
        return new FittedModel(
                fit,
                plain,
                new GammaGammaModel(p.get("p"), p.get("q"), p.get("gamma")),
                ServingModel.of(fit.diagnostics(), plain));
    }
}
