-- Disclosures (issue 16): requests for personal data from authorities and partners, the consents some of them
-- need, and the disclosure register, one row per hand-over. Written by the disclosure module only. The tenancy
-- register learns when Kela pays a tenant's housing allowance to the landlord (938/2014 §25(1)-(2)): only then
-- must the landlord tell Kela that the tenancy ends (§25(3)).

-- references LU-<year>-<number>: the number from a sequence, unique and rising under concurrent requests (it does
-- not restart each year)
create sequence disclosure_reference_seq;

create table disclosure_request (
    id                  bigserial primary key,
    reference           varchar(20)  not null unique,
    recipient_id        varchar(60)  not null,
    recipient_kind      varchar(40)  not null,
    recipient_name      varchar(200) not null,
    purpose             varchar(40)  not null,
    -- the statute section or the recipient's own case the request names (no personal data)
    legal_reference     varchar(300),
    asks_exchange_data  boolean not null default false,
    asks_identity_codes boolean not null default false,
    -- whom it is about: one identity code (stored as the registers store it, shown masked), person ids, or a building
    subject_code        varchar(11),
    building_address    varchar(200),
    channel             varchar(10)  not null check (channel in ('EMAIL', 'DESK', 'REST', 'PROCESS')),
    asked_by            varchar(100) not null,
    cause               varchar(200),
    received_at         timestamptz  not null,
    -- the decision table's answer and what came of it
    decision            varchar(10) check (decision in ('DISCLOSE', 'REFUSE', 'TO_DPO')),
    basis               varchar(300),
    national_section    varchar(300),
    profile             varchar(40),
    consent_required    boolean,
    status              varchar(20)  not null default 'RECEIVED' check (status in ('RECEIVED', 'WAITING_CONSENT',
                        'WAITING_APPROVAL', 'DELIVERED', 'REFUSED')),
    reason              varchar(1000),
    -- the decision table ('disclosure-basis'), or the DPO who decided a request outside its rows
    decided_by          varchar(100),
    approved_by         varchar(100),
    second_approved_by  varchar(100),
    restriction_exception varchar(1000),
    closed_at           timestamptz,
    constraint refusal_says_why check (status <> 'REFUSED' or reason is not null)
);
create index disclosure_request_open_idx on disclosure_request (received_at) where closed_at is null;

-- the people a request concerns once matched (empty for a refusal before matching)
create table disclosure_request_subject (
    request_id bigint not null references disclosure_request (id),
    person_id  bigint not null,
    primary key (request_id, person_id)
);
create index disclosure_request_subject_person_idx on disclosure_request_subject (person_id);

-- the consent register: who consented to which recipient kind and purpose, when and how; a withdrawal ends it
create table disclosure_consent (
    id              bigserial primary key,
    person_id       bigint       not null,
    recipient_kind  varchar(40)  not null,
    purpose         varchar(40)  not null,
    given_at        timestamptz  not null,
    given_how       varchar(10)  not null check (given_how in ('FORM', 'EMAIL', 'DESK')),
    evidence        varchar(300) not null,
    recorded_by     varchar(100) not null,
    withdrawn_at    timestamptz,
    withdrawn_how   varchar(10) check (withdrawn_how in ('FORM', 'EMAIL', 'DESK')),
    withdrawal_recorded_by varchar(100)
);
create unique index disclosure_consent_in_force_idx on disclosure_consent (person_id, recipient_kind, purpose)
    where withdrawn_at is null;

-- the disclosure register: one row per hand-over, with exactly what was sent
create table disclosure (
    id                  bigserial primary key,
    request_id          bigint       not null unique references disclosure_request (id),
    recipient_id        varchar(60)  not null,
    recipient_kind      varchar(40)  not null,
    recipient_name      varchar(200) not null,
    delivered_to        varchar(254) not null,
    purpose             varchar(40)  not null,
    basis               varchar(300) not null,
    national_section    varchar(300),
    consent_id          bigint references disclosure_consent (id),
    restriction_exception varchar(1000),
    categories          varchar(1000) not null,
    fields              varchar(1000) not null,
    decided_by          varchar(100) not null,
    approved_by         varchar(100),
    second_approved_by  varchar(100),
    cause               varchar(200),
    disclosed_at        timestamptz  not null,
    delivery            varchar(20)  not null check (delivery in ('DOWNLOAD_LINK')),
    file_name           varchar(100) not null,
    media_type          varchar(100) not null,
    sha256              char(64)     not null,
    -- the extract waits here for the recipient's download until the link expires, then it is emptied
    content             bytea,
    download_token_hash char(64) unique,
    download_expires_at timestamptz  not null,
    downloaded_at       timestamptz
);
create index disclosure_recipient_idx on disclosure (recipient_kind, disclosed_at);

create table disclosure_subject (
    disclosure_id bigint not null references disclosure (id),
    person_id     bigint not null,
    primary key (disclosure_id, person_id)
);
create index disclosure_subject_person_idx on disclosure_subject (person_id);

-- tenancy register: the periods in which Kela pays the tenant's housing allowance to the landlord
create table housing_allowance_to_landlord (
    id          bigserial primary key,
    tenancy_id  bigint not null references tenancy (id),
    person_id   bigint not null references person (id),
    ground      varchar(20) not null check (ground in ('AUTHORISATION', 'UNPAID_RENT')),
    paid_from   date not null,
    paid_until  date,
    constraint allowance_dates_chk check (paid_until is null or paid_until >= paid_from)
);
create index housing_allowance_tenancy_idx on housing_allowance_to_landlord (tenancy_id);

-- the privacy mailbox also receives authorities' and partners' requests for data: they start disclosure-request
alter table inbound_mail drop constraint inbound_mail_route_check;
alter table inbound_mail add constraint inbound_mail_route_check
    check (route in ('NEW_CASE', 'CASE_REPLY', 'TRIAGE', 'DISCLOSURE'));

-- Kela's move-out notices wait here until the daily batch (kela-notice-batch) sends them as one disclosure: one file
-- to Kela, every person recorded in the disclosure register
create table kela_notice (
    id          bigserial primary key,
    person_id   bigint not null,
    tenancy_id  bigint not null,
    moves_out   date not null,
    cause       varchar(200) not null,
    queued_at   timestamptz not null,
    request_id  bigint references disclosure_request (id),
    unique (person_id, tenancy_id, moves_out)
);
create index kela_notice_waiting_idx on kela_notice (id) where request_id is null;
