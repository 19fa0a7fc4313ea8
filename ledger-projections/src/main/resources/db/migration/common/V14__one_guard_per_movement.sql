-- The yearly statement and the fund totals take each money movement from the account view's own guarded
-- update (last_sequence), in the same handler call (ADR 30): their own positions are no longer kept.
ALTER TABLE account_view DROP COLUMN fund_totals_sequence;
ALTER TABLE account_view DROP COLUMN yearly_statement_sequence;
