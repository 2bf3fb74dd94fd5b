-- What the CLV module lets other modules read of its results and fits, for reporting.

-- Each customer's current state and the result it rests on: the published result, the one waiting for review, or
-- the one that suppressed the CLV.
CREATE VIEW clv_current_results AS
SELECT cur.customer_key, cur.status, r.id AS result_id, r.eligibility, r.scored_on, r.explanation
  FROM clv_current cur
  JOIN clv_results r ON r.id = CASE cur.status WHEN 'PUBLISHED' THEN cur.published_id
                                              WHEN 'PENDING_REVIEW' THEN cur.pending_id
                                              ELSE cur.suppressed_id END;

-- Each customer's CLV in force: the latest published result, with the model's figures behind it.
CREATE VIEW clv_published_current AS
SELECT cur.customer_key, r.id AS result_id, r.currency, r.historic, r.predicted, r.total, r.frequency, r.recency,
       r.age, r.probability_alive, r.scored_on, r.explanation
  FROM clv_current cur
  JOIN clv_results r ON r.id = cur.published_id;

-- Every result that was published, oldest first by result_id: the history of each customer's CLV.
CREATE VIEW clv_published_history AS
SELECT r.id AS result_id, r.customer_key, r.currency, r.total
  FROM clv_results r
 WHERE r.status = 'PUBLISHED';

-- The latest model fit (the one in use) and its headline figures.
CREATE VIEW clv_latest_model_fit AS
SELECT f.version, f.status, f.time_unit, f.calibration_end, f.customers, f.log_likelihood
  FROM clv_model_fits f
 WHERE f.id = (SELECT MAX(g.id) FROM clv_model_fits g);
