-- Purchase orders and their lines, as the PurchaseOrder aggregate maps them.
create sequence purchase_order_number_seq;

create table purchase_order (
    id             uuid          primary key,
    version        bigint        not null,
    number         varchar(32)   not null unique,
    supplier_id    uuid          not null,
    currency       varchar(3)    not null,
    notes          varchar(4000),
    state          varchar(16)   not null,
    locked         boolean       not null,
    amount_untaxed numeric(19, 6) not null,
    placed_at      timestamptz   not null
);

create index purchase_order_supplier on purchase_order (supplier_id);
create index purchase_order_state on purchase_order (state);

create table order_line (
    id           uuid           primary key,
    order_id     uuid           not null references purchase_order (id) on delete cascade,
    position     integer        not null,
    product_id   uuid           not null,
    description  varchar(2000)  not null,
    quantity     numeric(19, 6) not null,
    unit_price   numeric(19, 6) not null,
    currency     varchar(3)     not null,
    planned_date date           not null,
    subtotal     numeric(19, 6) not null
);

create index order_line_order on order_line (order_id);

-- Idempotency-Key of POST /api/purchase-orders: a retried request returns the order of the first one.
create table idempotency_key (
    caller       varchar(200) not null,
    key          varchar(200) not null,
    request_hash varchar(64)  not null,
    order_id     uuid,
    created_at   timestamptz  not null default now(),
    primary key (caller, key)
);

create index idempotency_key_created on idempotency_key (created_at);

-- Each order's standing with Odoo, as the sync context reports it (PurchaseOrderSyncStateChanged).
create table order_sync_state (
    order_id       uuid         primary key references purchase_order (id) on delete cascade,
    status         varchar(16)  not null,
    odoo_id        bigint,
    odoo_name      varchar(64),
    last_synced_at timestamptz,
    last_error     varchar(2000),
    updated_at     timestamptz  not null
);

create index order_sync_state_status on order_sync_state (status);
