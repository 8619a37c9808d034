-- Pull: where the poll of Odoo's purchase.order stopped, keyset (write_date, odoo_id).
create table pull_cursor (
    name       varchar(64)  primary key,
    write_date timestamptz  not null,
    odoo_id    bigint       not null,
    updated_at timestamptz  not null default now()
);

-- The fields both sides agreed on at the last sync of an order: the base of the three-way merge.
create table order_snapshot (
    order_id        uuid        primary key,
    fields          text        not null,
    odoo_write_date timestamptz,
    taken_at        timestamptz not null default now()
);

-- Fields changed on both sides to different values.
create table sync_conflict (
    id             bigserial    primary key,
    order_id       uuid         not null,
    path           varchar(200) not null,
    base_value     text,
    local_value    text,
    remote_value   text,
    field_group    varchar(16)  not null,
    policy         varchar(16)  not null,
    status         varchar(16)  not null,
    created_at     timestamptz  not null default now(),
    choice         varchar(16),
    resolved_value text,
    decided_by     varchar(200),
    decided_at     timestamptz
);
create index sync_conflict_status on sync_conflict (status, id);
-- one open conflict per field of an order; a newer remote value updates it
create unique index sync_conflict_open_path on sync_conflict (order_id, path) where status = 'OPEN';
