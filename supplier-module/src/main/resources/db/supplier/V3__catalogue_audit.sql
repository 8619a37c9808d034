-- What each refresh from Odoo changed in the mirror: a record added, changed (field before/after)
-- or removed (no longer returned by Odoo; the mirror keeps it inactive).
create sequence catalogue_audit_seq start with 50 increment by 50;

create table catalogue_audit (
    id          bigint      primary key,
    occurred_at timestamptz not null,
    source      varchar(32) not null,
    model       varchar(32) not null,
    odoo_id     bigint      not null,
    kind        varchar(8)  not null
);

create table catalogue_audit_change (
    entry_id     bigint        not null references catalogue_audit (id),
    position     integer       not null,
    field        varchar(64)   not null,
    before_value varchar(1000),
    after_value  varchar(1000),
    primary key (entry_id, position)
);
