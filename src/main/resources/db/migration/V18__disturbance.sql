-- Disturbance (issue 17): a complaint, its investigation, a remark or a written warning delivered provably, and the
-- way to rescission the law allows (AHVL 481/1995 §§61-62). The same warning path serves the other grounds that need
-- a warning first: other use, poor care, breach of the order rules. Written by the disturbance register
-- (fi.tietovahti.registers.disturbance). The complainant stays confidential: never in a letter to the tenant.

create sequence disturbance_reference_seq;
alter table disturbance_case add column reference varchar(20) unique;
alter table disturbance_case add column ground varchar(20) not null default 'DISTURBANCE'
    check (ground in ('DISTURBANCE', 'OTHER_USE', 'POOR_CARE', 'ORDER_RULES'));
-- the warning prepared and waiting for its provable delivery (then it moves to its sanction row)
alter table disturbance_case add column warning_letter bytea;
alter table disturbance_case add column warning_language varchar(2);
-- §62(2): a prompt correction after the warning ends the way to rescission
alter table disturbance_case add column corrected_on date;
alter table disturbance_case add column rescission_basis varchar(30)
    check (rescission_basis in ('AFTER_WARNING', 'REPEATED_AFTER_WARNING', 'VERY_REPREHENSIBLE'));
alter table disturbance_case add column rescission_reasons varchar(2000);

alter table disturbance_complaint add column complainant_kind varchar(10) not null default 'RESIDENT'
    check (complainant_kind in ('RESIDENT', 'STAFF', 'POLICE', 'OTHER'));

-- a written warning exists only with its delivery: how and when it reached the tenant (§62(1) with §54(3)-(5))
alter table disturbance_sanction add column letter_sha256 varchar(64);
alter table disturbance_sanction add column letter bytea;
alter table disturbance_sanction add constraint warning_delivered_chk
    check (kind <> 'WARNING' or delivered_on is not null);

alter table eviction_case drop constraint eviction_case_ground_check;
alter table eviction_case add constraint eviction_case_ground_check
    check (ground in ('UNPAID_RENT', 'DISTURBANCE', 'OTHER_USE', 'POOR_CARE', 'ORDER_RULES'));
alter table eviction_case add column disturbance_case_id bigint references disturbance_case (id);
