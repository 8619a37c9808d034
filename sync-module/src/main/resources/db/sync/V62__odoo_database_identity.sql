-- Which installation this is: its id goes into every order's key in Odoo (origin "AF-PO-000001@3f9a2c1d7b"),
-- so that the lookup after a lost answer never finds an order another installation (or an earlier life of
-- this one) wrote into the same Odoo under the same number.
create table installation (
    id         integer     primary key check (id = 1),
    key_suffix varchar(16) not null,
    created_at timestamptz not null default now()
);
insert into installation (id, key_suffix) values (1, substr(replace(gen_random_uuid()::text, '-', ''), 1, 10));

-- The Odoo database the bindings were made against, and what was found instead when it no longer matches
-- (push and pull stop until an operator re-binds or forgets the bindings).
create table odoo_database (
    id              integer       primary key check (id = 1),
    url             varchar(2048) not null,
    db_name         varchar(255)  not null,
    database_uuid   varchar(64),
    created_stamp   varchar(32),
    recorded_at     timestamptz   not null default now(),
    mismatch        text,
    found_url       varchar(2048),
    found_db_name   varchar(255),
    found_uuid      varchar(64),
    found_created   varchar(32),
    mismatch_since  timestamptz
);

-- Operators' decisions about the Odoo database (re-bind, forget), for the audit.
create table odoo_database_decision (
    id          bigserial     primary key,
    decision    varchar(16)   not null,
    decided_by  varchar(200)  not null,
    decided_at  timestamptz   not null default now(),
    details     text          not null
);
