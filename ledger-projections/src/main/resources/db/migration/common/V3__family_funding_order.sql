-- Each member's funding order (family accounts only, own account implied first), from the member's events.
CREATE TABLE funding_order (
    member_id  VARCHAR(64) NOT NULL,
    position   INTEGER     NOT NULL,
    holder_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (member_id, position)
);
