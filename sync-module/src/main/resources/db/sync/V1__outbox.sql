-- The transactional outbox: one row per local order change, written in the same transaction as the change.
create table outbox_message (
    id            bigserial    primary key,
    order_id      uuid         not null,
    kind          varchar(32)  not null,
    order_version bigint,
    status        varchar(16)  not null default 'PENDING',
    attempts      integer      not null default 0,
    due_at        timestamptz  not null default now(),
    created_at    timestamptz  not null default now(),
    processed_at  timestamptz,
    last_error    text,
    error_type    varchar(16),
    constraint outbox_message_status_check check (status in ('PENDING', 'DONE', 'DEAD'))
);

create index outbox_message_due on outbox_message (due_at, id) where status = 'PENDING';
create index outbox_message_order on outbox_message (order_id, id);
