-- How many customers of a chunk were scored with the consent gate and adjustments their fit had evaluated, rather
-- than evaluated again: the batch summary reports it.
ALTER TABLE clv_batch_chunks ADD COLUMN reused_evaluations INTEGER;
