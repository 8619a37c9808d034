-- The automatic push (timer, wake-ups after commit, start-up) can be stopped and started by an operator, for every
-- instance at once: changes keep queueing in the outbox meanwhile (an Odoo upgrade, a maintenance window).
create table push_switch (
    id         integer     primary key check (id = 1),
    enabled    boolean     not null,
    changed_by varchar(200),
    changed_at timestamptz not null default now()
);

insert into push_switch (id, enabled) values (1, true);
