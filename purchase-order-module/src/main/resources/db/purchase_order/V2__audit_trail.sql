-- Who did what to which order, and what the sync reported: kept after the order itself is deleted.
create table audit_entry (
    id          bigserial    primary key,
    order_id    uuid         not null,
    action      varchar(32)  not null,
    actor       varchar(200) not null,
    occurred_at timestamptz  not null,
    detail      varchar(2000)
);

create index audit_entry_order on audit_entry (order_id, id);
