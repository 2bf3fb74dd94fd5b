package dev.easel.clv;

import dev.easel.clv.model.HoldoutReport;
import dev.easel.clv.model.ModelTimeUnit;
import java.time.LocalDate;

/** How well the model predicts on the business's own ledger: fit up to a cut-off, compare with what happened after. */
public interface ModelEvaluations {

    /**
     * Fits BG/NBD on the ledger after the consent gate and adjustments up to {@code calibrationEnd} and compares its
     * predictions for the days up to {@code holdoutEnd} (null: today) with the purchases made in them.
     */
    HoldoutReport evaluate(ModelTimeUnit timeUnit, LocalDate calibrationEnd, LocalDate holdoutEnd);
}
