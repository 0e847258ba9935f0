-- Restriction requests (GDPR Art. 18): the handler's decision on each case (ground, categories, the day to look at
-- it again) and its lifting (after the person was told, Art. 18(3)). The marks themselves are processing_restriction
-- rows (V1), which every register reads; case_ref ties them to the case.

create table restriction_decision (
    id              bigserial primary key,
    case_id         bigint not null unique references privacy_case (id),
    ground          varchar(30) check (ground in ('ACCURACY_CONTESTED', 'UNLAWFUL_PROCESSING', 'LEGAL_CLAIMS',
                                                  'OBJECTION_PENDING')),
    categories      varchar(4000) not null,
    -- a refusal has no ground and says why; a restriction may carry the handler's note
    refused         boolean not null,
    note            varchar(1000),
    review_on       date,
    decided_by      varchar(100) not null,
    decided_at      timestamptz not null,
    marks           integer not null,
    lifted_at       timestamptz,
    lifted_by       varchar(100),
    lift_reason     varchar(1000),
    constraint refusal_has_reason check (not refused or note is not null),
    constraint restriction_has_ground check (refused or ground is not null)
);

-- what a restriction stopped: a use of restricted data that was held back for a handler
create table restricted_use (
    id              bigserial primary key,
    register_id     varchar(50) not null,
    category_id     varchar(80) not null,
    purpose         varchar(200) not null,
    reference       varchar(100) not null,
    blocked_at      timestamptz not null,
    process_instance_id varchar(64) not null,
    -- the handler's decision: left undone while restricted, or done under an Art. 18(2) exception
    decision        varchar(20) check (decision in ('LEFT_UNDONE', 'EXCEPTION')),
    decided_by      varchar(100),
    decided_at      timestamptz,
    note            varchar(1000),
    constraint exception_has_reason check (decision is distinct from 'EXCEPTION' or note is not null)
);

-- Objections (GDPR Art. 21): what the person objected to, the handler's balancing and decision, what it changed.
create table objection_decision (
    id              bigserial primary key,
    case_id         bigint not null unique references privacy_case (id),
    target          varchar(20) not null check (target in ('NEWSLETTER', 'CAMERA', 'SURVEYS', 'OTHER')),
    upheld          boolean not null,
    balancing       varchar(2000) not null,
    decided_by      varchar(100) not null,
    decided_at      timestamptz not null,
    records_changed integer not null
);

-- Rectification (GDPR Art. 16): the old value is kept here only, for the audit; the source holds the new one.
create table rectification_audit (
    id              bigserial primary key,
    case_id         bigint not null references privacy_case (id),
    register_id     varchar(50) not null,
    category_id     varchar(80) not null,
    field           varchar(60) not null,
    old_value       varchar(1000),
    new_value       varchar(1000),
    accepted        boolean not null,
    reason          varchar(1000),
    decided_by      varchar(100) not null,
    decided_at      timestamptz not null,
    constraint rejection_has_reason check (accepted or reason is not null)
);

-- what the requester wrote with the request (the correction asked, the processing objected to): case data only
alter table privacy_case add column request_details varchar(4000);

-- Art. 19 notices of rectifications use the same table
alter table erasure_notice add column kind varchar(20) not null default 'ERASURE'
    check (kind in ('ERASURE', 'RECTIFICATION'));

-- what holds a kept category of an erasure plan: its retention rule (a date), a running tenancy, an open claim, a
-- pending access request (no date yet: the hold sweep looks again every night), or a handler's review
alter table erasure_decision add column hold_kind varchar(10)
    check (hold_kind in ('RETENTION', 'TENANCY', 'CLAIM', 'ACCESS', 'REVIEW', 'NONE'));
