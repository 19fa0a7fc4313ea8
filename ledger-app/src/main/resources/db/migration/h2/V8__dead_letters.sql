-- Axon's JDBC dead-letter queue (JdbcSequencedDeadLetterQueue) under snake_case names, as mapped in
-- ledger.app.projections.ProjectionConfiguration: events a projection could not apply, parked per
-- sequence (an account's events in order), with the cause and when they were tried (docs/operations.md).
-- Instants are Axon's ISO-8601 text, as in token_entry and domain_event_entry.
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  NOT NULL,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              VARBINARY(1000000) NOT NULL,
    meta_data            VARBINARY(1000000),
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                VARBINARY(1000000),
    enqueued_at          VARCHAR(255)  NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          VARBINARY(1000000),
    PRIMARY KEY (dead_letter_id),
    -- also the index of every look-up by processing group and sequence
    UNIQUE (processing_group, sequence_identifier, sequence_index)
);
