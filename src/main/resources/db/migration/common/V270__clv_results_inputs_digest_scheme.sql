-- How a result's inputs digest was computed (dev.easel.clv.engine.InputsDigest): 1 over the facts' text, as every
-- result stored before this migration; 2 over the facts' fields, as every result written after it (the default,
-- so the statements that write results need not name the column).
ALTER TABLE clv_results ADD COLUMN inputs_digest_scheme SMALLINT DEFAULT 1 NOT NULL;
ALTER TABLE clv_results ALTER COLUMN inputs_digest_scheme SET DEFAULT 2;
