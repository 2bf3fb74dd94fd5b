package dev.easel.clv.engine;

import dev.easel.clv.StoredFit;
import dev.easel.clv.model.BgNbdModel;
import dev.easel.clv.model.GammaGammaModel;
import java.util.Map;

/** A stored successful fit with its models rebuilt from the stored parameters. */
record FittedModel(StoredFit fit, BgNbdModel purchases, GammaGammaModel spend) {

    static FittedModel of(StoredFit fit) {
        Map<String, Double> p = fit.parameters();
        return new FittedModel(
                fit,
                new BgNbdModel(p.get("r"), p.get("alpha"), p.get("a"), p.get("b")),
                new GammaGammaModel(p.get("p"), p.get("q"), p.get("gamma")));
    }
}
