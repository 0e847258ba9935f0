-- A delivery identification counts only for the browser that started it: the provider sends that browser back
-- with a one-time state (only its hash is stored). A new delivery of a case revokes the old link instead of
-- deleting it, so identifications and downloads stay on record.
alter table delivery_session
    add column state_hash  varchar(64),
    add column returned_at timestamptz;
alter table secure_delivery
    add column revoked_at timestamptz,
    drop constraint secure_delivery_case_id_key;
create index secure_delivery_case_idx on secure_delivery (case_id);
