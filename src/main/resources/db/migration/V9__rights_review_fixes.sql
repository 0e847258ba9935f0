-- Who an erasure concerns, as they were when the plan was made: the Art. 19 notices (also those the hold sweep
-- sends years later) must name the person after their own name is erased, and the sweep must find the accounts
-- kept under email addresses the tenancy register no longer holds. Kept with the case, under its retention rule.
create table erasure_subject (
    case_id         bigint primary key references privacy_case (id),
    name            varchar(200) not null,
    birth_date      date,
    emails          varchar(2000) not null
);

-- the rectification audit is append-only: a second decision on a case is refused, never written over
alter table rectification_audit add constraint rectification_audit_one_per_case unique (case_id);
