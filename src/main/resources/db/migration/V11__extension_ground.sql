-- GDPR Art. 12(3) allows the extra time for two reasons only: the complexity and the number of requests. The
-- extension letter names which, in the requester's language; the DPO's own words (which may name people) stay on
-- the case and are never sent by email. Extensions granted before this column existed have no ground recorded.
alter table privacy_case
    add column extension_ground varchar(20)
        check (extension_ground in ('COMPLEXITY', 'NUMBER_OF_REQUESTS', 'BOTH'));
