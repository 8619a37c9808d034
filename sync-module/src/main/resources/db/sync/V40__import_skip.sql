-- Orders made in Odoo that sync.pull.import left out: the version judged (write_date, and a fingerprint of what was
-- read, since two changes in the same second share a write_date) and the mode it was judged under. Reading the same
-- version again under the same mode changes nothing; a newer version or another mode is judged afresh.
create table import_skip (
    odoo_id         bigint       primary key,
    write_date      timestamptz  not null,
    fingerprint     varchar(64)  not null,
    import_mode     varchar(20)  not null,
    reason          varchar(32)  not null,
    partner_odoo_id bigint,
    skipped_at      timestamptz  not null default now()
);
create index import_skip_write_date on import_skip (write_date);
