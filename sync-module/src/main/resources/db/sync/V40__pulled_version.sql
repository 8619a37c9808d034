-- The last version of each Odoo purchase.order that the pull judged, and what it made of it: the version is
-- write_date plus a fingerprint of what was read (two changes in one second share a write_date). A poll reading
-- the overlap window again passes a judged version by. skip_reason and import_mode are set when sync.pull.import
-- left the order out; such an order is judged afresh under another mode.
create table pulled_version (
    odoo_id         bigint       primary key,
    write_date      timestamptz  not null,
    fingerprint     varchar(64)  not null,
    outcome         varchar(16)  not null,
    skip_reason     varchar(32),
    import_mode     varchar(20),
    partner_odoo_id bigint,
    judged_at       timestamptz  not null default now()
);
create index pulled_version_write_date on pulled_version (write_date);
create index pulled_version_left_out on pulled_version (odoo_id) where skip_reason is not null;
