-- Erasure requests (GDPR Art. 17): the plan of each case, category by category, as the decision table made it and
-- as the handler (and, for an overridden hold, the DPO) approved it; what executing it did; the holds that end
-- later and the day the retention sweep released them; the Art. 19 notices sent to recipients.

alter table privacy_case drop constraint privacy_case_outcome_check;
alter table privacy_case add constraint privacy_case_outcome_check
    check (outcome in ('DELIVERED', 'ANSWERED', 'NO_DATA', 'UNVERIFIED', 'REFUSED', 'WITHDRAWN'));
-- the requester asked to be told when data kept under a hold is erased later
alter table privacy_case add column notify_when_hold_ends boolean not null default false;

create table erasure_decision (
    id              bigserial primary key,
    case_id         bigint not null references privacy_case (id),
    register_id     varchar(60) not null,
    category_id     varchar(80) not null,
    -- how many records the registers held in the category when the plan was made
    records_held    integer not null,
    -- what the decision table said
    planned_action  varchar(10) not null check (planned_action in ('ERASE', 'ANONYMISE', 'KEEP')),
    planned_ground  varchar(500) not null,
    -- what was approved (differs from the plan only with a reason, and for a released hold with the DPO's approval)
    action          varchar(10) not null check (action in ('ERASE', 'ANONYMISE', 'KEEP')),
    ground          varchar(500) not null,
    hold_rule       varchar(80),
    hold_ends_on    date,
    changed_by      varchar(100),
    change_reason   varchar(1000),
    -- a kept category released on review needs the DPO: APPROVED (the change stands) or REFUSED (the plan stands)
    dpo_decision    varchar(10) check (dpo_decision in ('APPROVED', 'REFUSED')),
    dpo_decided_by  varchar(100),
    executed_at     timestamptz,
    records_touched integer,
    -- a kept category erased later by the retention sweep, when its hold ended
    released_at     timestamptz,
    released_records integer,
    unique (case_id, category_id),
    constraint change_has_reason check (action = planned_action or change_reason is not null)
);
create index erasure_decision_open_holds on erasure_decision (hold_ends_on)
    where action = 'KEEP' and executed_at is not null and released_at is null;

create table erasure_notice (
    id              bigserial primary key,
    case_id         bigint not null references privacy_case (id),
    recipient_id    varchar(60) not null,
    categories      varchar(2000) not null,
    address         varchar(254) not null,
    message_id      varchar(300) not null,
    sent_at         timestamptz not null
);
create index erasure_notice_case on erasure_notice (case_id);

alter table case_document drop constraint case_document_kind_check;
alter table case_document add constraint case_document_kind_check
    check (kind in ('REPORT_DOCX', 'REPORT_PDF', 'PORTABLE_JSON', 'PORTABLE_CSV', 'ANSWER_DOCX'));
