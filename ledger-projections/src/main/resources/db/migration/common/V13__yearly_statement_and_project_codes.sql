-- Issue 13 items 12 and 10. Portable SQL (H2 and PostgreSQL), like the other read-model migrations.

-- Project-defined entry codes where the national list has none (docs/domain-rules-as-built.md §12):
-- a routine cash withdrawal is 901, not the clearance 203; a manual reimbursement returned to the
-- account is 902, not the refund 109. Entries written before this version read the same as new ones.
UPDATE statement_entry SET national_code = '901' WHERE entry_type = 'CASH_WITHDRAWAL';
UPDATE statement_entry SET national_code = '902' WHERE entry_type = 'REIMBURSEMENT';

-- The yearly statement (000 Q31), processing group account-read-models: per account, year (of the
-- effective date), kind, code and pot, the signed sum of its entries and how many there were.
CREATE TABLE yearly_statement_total (
    person_id     VARCHAR(64) NOT NULL,
    year_of       INTEGER     NOT NULL,
    entry_type    VARCHAR(40) NOT NULL,
    national_code VARCHAR(3)  NOT NULL,
    pot           VARCHAR(16) NOT NULL,
    amount_fen    BIGINT      NOT NULL,
    entries       INTEGER     NOT NULL,
    PRIMARY KEY (person_id, year_of, entry_type, national_code, pot)
);

-- What each family member used of the holder's account in a year, paid by him or for him (a premium
-- with him as beneficiary), net of refunds to the holder's account.
CREATE TABLE yearly_family_use (
    holder_id VARCHAR(64) NOT NULL,
    year_of   INTEGER     NOT NULL,
    member_id VARCHAR(64) NOT NULL,
    spent_fen BIGINT      NOT NULL,
    PRIMARY KEY (holder_id, year_of, member_id)
);

-- Whom a payment from the holder's account was for, so that its refunds reduce that member's use.
CREATE TABLE family_use_payment (
    holder_id  VARCHAR(64) NOT NULL,
    payment_id VARCHAR(80) NOT NULL,
    member_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (holder_id, payment_id)
);

-- The sequence number of the account's last event taken into the yearly statement: a redelivered
-- event is counted once (YearlyStatementProjection). -1: none yet.
ALTER TABLE account_view ADD COLUMN yearly_statement_sequence BIGINT DEFAULT -1 NOT NULL;

-- Accounts that exist before this version: their totals come from the statement they already have,
-- and their family use from a rebuild of the read models (docs/operations.md).
INSERT INTO yearly_statement_total (person_id, year_of, entry_type, national_code, pot, amount_fen, entries)
SELECT person_id, CAST(EXTRACT(YEAR FROM effective_date) AS INTEGER), entry_type, national_code, pot,
       SUM(amount_fen), COUNT(*)
FROM statement_entry
GROUP BY person_id, CAST(EXTRACT(YEAR FROM effective_date) AS INTEGER), entry_type, national_code, pot;
UPDATE account_view SET yearly_statement_sequence = last_sequence;
