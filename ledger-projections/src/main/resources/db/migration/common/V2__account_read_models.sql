-- Read models of the processing group account-read-models. Rebuilt from the event store on reset.
CREATE TABLE account_view (
    person_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    region           VARCHAR(32)  NOT NULL,
    category         VARCHAR(32)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    birth_date       DATE         NOT NULL,
    opened_on        DATE         NOT NULL,
    retired_on       DATE,
    withdrawable_fen BIGINT       NOT NULL CHECK (withdrawable_fen >= 0),
    earmarked_fen    BIGINT       NOT NULL CHECK (earmarked_fen >= 0),
    last_sequence    BIGINT       NOT NULL
);
CREATE INDEX account_view_by_region ON account_view (region, status, category);

CREATE TABLE statement_entry (
    person_id              VARCHAR(64)  NOT NULL,
    sequence_number        BIGINT       NOT NULL,
    effective_date         DATE         NOT NULL,
    recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    entry_type             VARCHAR(40)  NOT NULL,
    national_code          VARCHAR(3)   NOT NULL,
    amount_fen             BIGINT       NOT NULL,
    pot                    VARCHAR(16)  NOT NULL,
    withdrawable_after_fen BIGINT       NOT NULL,
    earmarked_after_fen    BIGINT       NOT NULL,
    reference              VARCHAR(255),
    PRIMARY KEY (person_id, sequence_number, pot)
);
