-- Claims: a worker leases an order's pending messages until claimed_until; a crashed worker's lease runs out.
alter table outbox_message add column claimed_until timestamptz;
alter table outbox_message add column claim_token uuid;
create index outbox_message_pending_order on outbox_message (order_id, id) where status = 'PENDING';
create index outbox_message_claim on outbox_message (claim_token) where claim_token is not null;
create index outbox_message_dead on outbox_message (id) where status = 'DEAD';

-- Bindings: a local order and its Odoo purchase.order, unique on both sides.
create table order_binding (
    order_id     uuid         primary key,
    external_key varchar(128) not null unique,
    odoo_id      bigint       unique,
    odoo_name    varchar(64),
    write_date   timestamptz,
    synced_hash  varchar(64),
    odoo_state   varchar(16),
    odoo_locked  boolean      not null default false,
    synced_at    timestamptz
);

create table order_line_binding (
    line_id      uuid         primary key,
    order_id     uuid         not null references order_binding (order_id) on delete cascade,
    odoo_line_id bigint       not null unique,
    synced_hash  varchar(64)  not null
);
create index order_line_binding_order on order_line_binding (order_id);
