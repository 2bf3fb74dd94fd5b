-- What the consent module lets other modules read of its ledger, for reporting: each choice a customer made per
-- purpose, by key, without the wording, source or who recorded it.
CREATE VIEW consent_choices AS
SELECT e.id, e.customer_key, e.purpose, e.status, e.signal, e.captured_at, e.recorded_at
  FROM consent_events e;
