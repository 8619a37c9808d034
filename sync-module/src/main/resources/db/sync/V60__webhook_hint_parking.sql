-- A hint whose pull keeps failing is parked with its reason instead of waiting (and failing) forever.
alter table webhook_hint
    add column attempts   integer       not null default 0,
    add column last_error varchar(1000),
    add column parked_at  timestamptz;

-- the retention deletes processed and parked hints by age
create index webhook_hint_processed on webhook_hint (processed_at) where processed_at is not null;
create index webhook_hint_parked on webhook_hint (parked_at) where parked_at is not null;
