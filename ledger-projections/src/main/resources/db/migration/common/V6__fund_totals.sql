-- Money movements summed per region, month (of the effective date), pot and kind of movement.
CREATE TABLE fund_totals (
    region     VARCHAR(32) NOT NULL,
    month_of   CHAR(7)     NOT NULL,
    pot        VARCHAR(16) NOT NULL,
    flow       VARCHAR(40) NOT NULL,
    amount_fen BIGINT      NOT NULL,
    movements  BIGINT      NOT NULL,
    PRIMARY KEY (region, month_of, pot, flow)
);
