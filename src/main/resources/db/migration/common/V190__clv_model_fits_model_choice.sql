-- What a fit's rolling-origin holdout comparison chose, and where the season of the seasonal variant came from;
-- the full comparison is in diagnostics.modelChoice.
ALTER TABLE clv_model_fits ADD COLUMN chosen_model VARCHAR(32);
ALTER TABLE clv_model_fits ADD COLUMN season_source VARCHAR(16);
ALTER TABLE clv_model_fits ADD COLUMN season_version VARCHAR(32);
