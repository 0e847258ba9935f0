-- When a request was carried out (data erased, corrected, restricted, an objection decided): from then on it can
-- no longer be withdrawn. It lives on the case because the right's own process (a called process) decides it and
-- the front, which reads the requester's replies, must see it (issue 14; until now a process variable).
alter table tietovahti.privacy_case add column carried_out_at timestamp with time zone;
