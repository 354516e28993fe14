-- The histories (CC-04): one summary row per call (the call id is the contact's id through
-- transfers, park and pickup), written from the PBX's events as they happen, so a history page
-- reads one row per call instead of replaying timelines. Every write is an upsert that only adds
-- what it knows, so events may arrive in any order (the call-center module's events come from
-- another thread than the PBX's).
CREATE TABLE call_summary (
    tenant_id        BIGINT                   NOT NULL REFERENCES tenant (id),
    call_id          VARCHAR(64)              NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE,
    last_event_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    direction        VARCHAR(16) CHECK (direction IN ('INBOUND', 'OUTBOUND', 'INTERNAL')),
    caller_number    VARCHAR(32),
    dialled_number   VARCHAR(32),
    outside_number   VARCHAR(32),
    number_label     VARCHAR(50),
    center_label     VARCHAR(50),
    call_center_id   VARCHAR(64),
    call_center_name VARCHAR(100),
    answered         BOOLEAN                  NOT NULL DEFAULT FALSE,
    PRIMARY KEY (tenant_id, call_id)
);

CREATE INDEX call_summary_newest ON call_summary (tenant_id, started_at DESC, call_id DESC);
CREATE INDEX call_summary_open ON call_summary (ended_at);

-- Each account's part in a call: rang or talked (answered), with its talk time summed over its
-- parts (a retrieved park or a transfer back can bring an agent into a call twice). The account's
-- name and extension are kept as they were, so a renamed or deleted account leaves history as it was.
CREATE TABLE call_summary_agent (
    tenant_id    BIGINT       NOT NULL REFERENCES tenant (id),
    call_id      VARCHAR(64)  NOT NULL,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    extension    VARCHAR(16)  NOT NULL,
    answered     BOOLEAN      NOT NULL,
    talk_seconds INTEGER      NOT NULL,
    PRIMARY KEY (tenant_id, call_id, account_id)
);

CREATE INDEX call_summary_agent_by_account ON call_summary_agent (tenant_id, account_id);

-- A call's passage through a call center: when it entered, how it left (answered, abandoned,
-- overflowed), by whom it was answered. One row per call and call center.
CREATE TABLE call_center_visit (
    tenant_id        BIGINT                   NOT NULL REFERENCES tenant (id),
    call_id          VARCHAR(64)              NOT NULL,
    call_center_id   VARCHAR(64)              NOT NULL,
    call_center_name VARCHAR(100),
    business_label   VARCHAR(50),
    entered_at       TIMESTAMP WITH TIME ZONE,
    outcome          VARCHAR(16) CHECK (outcome IN ('ANSWERED', 'ABANDONED', 'OVERFLOWED')),
    outcome_at       TIMESTAMP WITH TIME ZONE,
    agent_account_id BIGINT,
    PRIMARY KEY (tenant_id, call_id, call_center_id)
);

CREATE INDEX call_center_visit_newest ON call_center_visit (tenant_id, entered_at DESC);
