-- When the mailbox received a message (IMAP's internal date): a request's legal deadline runs from it, also when
-- the intake took the message later (downtime) or a handler started the request from triage.
alter table inbound_mail add column received_at timestamptz;
update inbound_mail set received_at = taken_at where received_at is null;
