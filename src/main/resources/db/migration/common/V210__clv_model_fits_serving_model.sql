-- The purchase model that scores customers with this fit (BG_NBD, PARETO_NBD or SEASONAL_BG_NBD): the model the
-- holdout chose, or plain BG/NBD where the chosen one could not be fitted; its parameters and season are in
-- diagnostics.serving.
ALTER TABLE clv_model_fits ADD COLUMN serving_model VARCHAR(32);
