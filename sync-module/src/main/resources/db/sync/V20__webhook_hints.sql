-- Webhook hints: Odoo said a record changed. Only the model and id are kept; the record is read over the API.
create table webhook_hint (
    id           bigserial    primary key,
    model        varchar(64)  not null,
    record_id    bigint       not null,
    received_at  timestamptz  not null default now(),
    processed_at timestamptz
);

-- at most one pending hint per record: repeated and replayed notifications collapse into it
create unique index webhook_hint_pending on webhook_hint (model, record_id) where processed_at is null;

-- the realtime (webhook) fast path can be stopped and started by an operator, for every instance at once
create table realtime_switch (
    id         integer     primary key check (id = 1),
    enabled    boolean     not null,
    changed_by varchar(200),
    changed_at timestamptz not null default now()
);

insert into realtime_switch (id, enabled) values (1, true);
