-- The call timeline: every move of every party of a call, in order (DESIGN §3, Step 4).
CREATE TABLE call_timeline (
    tenant_id  BIGINT                   NOT NULL REFERENCES tenant (id),
    call_id    VARCHAR(64)              NOT NULL,
    seq        INTEGER                  NOT NULL,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    kind       VARCHAR(32)              NOT NULL,
    number     VARCHAR(32),
    name       VARCHAR(100),
    detail     VARCHAR(200),
    PRIMARY KEY (tenant_id, call_id, seq)
);
