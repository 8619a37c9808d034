-- Who did what to which order, and what the sync reported: kept after the order itself is deleted.
-- ids come from a sequence the application allocates in blocks of 50 (no round trip per entry)
create sequence audit_entry_seq start with 50 increment by 50;

create table audit_entry (
    id          bigint       primary key,
    order_id    uuid         not null,
    action      varchar(32)  not null,
    actor       varchar(200) not null,
    occurred_at timestamptz  not null,
    detail      varchar(2000)
);

create index audit_entry_order on audit_entry (order_id, id);
