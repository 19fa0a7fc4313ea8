-- The registry of designated institutions (定点医药机构): what the ledger decides card-PIN exemptions
-- against (domain-rules §7, 000 Q22, Q29). Reference data an operator keeps, outside the event streams.
CREATE TABLE designated_institution (
    institution_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    region         VARCHAR(32)  NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    updated_by     VARCHAR(64)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
