-- The sequence number of the account's last event summed into fund_totals: a redelivered event is
-- counted once (FundTotalsProjection). -1: none yet.
ALTER TABLE account_view ADD COLUMN fund_totals_sequence BIGINT DEFAULT -1 NOT NULL;
