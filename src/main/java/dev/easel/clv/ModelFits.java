package dev.easel.clv;

import dev.easel.clv.model.ModelTimeUnit;
import java.time.LocalDate;
import java.util.Optional;

/** Fitting the model on the ledger and keeping every fit, versioned. */
public interface ModelFits {

    /**
     * Fits BG/NBD and Gamma-Gamma on the ledger after the adjustment rules, up to {@code calibrationEnd} (null: today).
     * A fit that does not converge, or data too thin to fit, is stored with its status and does not replace the
     * current fit.
     */
    StoredFit fitNow(ModelTimeUnit timeUnit, LocalDate calibrationEnd, String requestedBy);

    /** The fit that scoring uses now: the latest one that succeeded. */
    Optional<StoredFit> current();

    /** The latest fit attempted, successful or not. */
    Optional<StoredFit> latest();
}
