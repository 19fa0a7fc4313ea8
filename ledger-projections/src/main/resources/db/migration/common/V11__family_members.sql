-- Read models of the processing group account-read-models for family mutual aid (domain-rules §5,
-- 000 Q10, Q19, Q27, Q31). Rebuilt from the event store on reset.

-- Members of the urban-rural resident scheme the ledger recorded: no account, only a funding order.
CREATE TABLE resident_member (
    person_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    region        VARCHAR(32) NOT NULL,
    recorded_on   DATE        NOT NULL,
    last_sequence BIGINT      NOT NULL
);

-- Whom each holder registered and still has, from the holder's events.
CREATE TABLE family_member (
    holder_id           VARCHAR(64) NOT NULL,
    member_id           VARCHAR(64) NOT NULL,
    relation            VARCHAR(16) NOT NULL,
    registered_on       DATE        NOT NULL,
    registered_sequence BIGINT      NOT NULL,
    PRIMARY KEY (holder_id, member_id)
);

-- What each member spent from a holder's account: a debit for the member (as payer or as the
-- beneficiary of a premium), less what came back to the account from that payment.
CREATE TABLE family_use (
    holder_id       VARCHAR(64) NOT NULL,
    sequence_number BIGINT      NOT NULL,
    member_id       VARCHAR(64) NOT NULL,
    payment_id      VARCHAR(64) NOT NULL,
    amount_fen      BIGINT      NOT NULL,
    PRIMARY KEY (holder_id, sequence_number)
);
CREATE INDEX family_use_by_payment ON family_use (holder_id, payment_id);
