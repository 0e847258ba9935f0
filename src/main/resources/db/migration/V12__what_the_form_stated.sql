-- What an emailed request form stated about the requester, beside what the mail itself showed. The identity code
-- is kept as the registers keep it (person.hetu) so a handler's matching can compare; it is a hint, never proof of
-- identity (anyone can type a code into a form), is shown masked, and never enters the engine's variables or history.
-- sender_address: the address the message came from, when the form names another one to answer to.
alter table privacy_case
    add column stated_identity_code varchar(11),
    add column stated_birth_date    date,
    add column sender_address       varchar(320);
