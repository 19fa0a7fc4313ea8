-- Every settlement, refund, reimbursement and cancellation booked, by institution and day, for the
-- daily reconciliation with each institution (3202-style totals). One row per payment and line:
-- the key makes a redelivered event change nothing.
CREATE TABLE institution_settlement (
    payment_id     VARCHAR(80)  NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    line_id        VARCHAR(80)  NOT NULL,
    institution_id VARCHAR(64)  NOT NULL,
    booked_on      DATE         NOT NULL,
    amount_fen     BIGINT       NOT NULL,
    account_fen    BIGINT       NOT NULL,
    cash_fen       BIGINT       NOT NULL,
    PRIMARY KEY (payment_id, kind, line_id)
);
CREATE INDEX institution_settlement_by_day ON institution_settlement (institution_id, booked_on);
