-- Card PINs live outside the event stream, only as slow salted hashes (domain-rules §7, 000 Q21-Q26).
CREATE TABLE account_pin (
    person_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    pin_hash         VARCHAR(100),
    no_pin_limit_fen BIGINT       NOT NULL DEFAULT 0,
    failure_day      DATE,
    failures         INTEGER      NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE
);
