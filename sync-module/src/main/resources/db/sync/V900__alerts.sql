-- Alerts: a condition while it held (PENDING before its hold time, FIRING, RESOLVED) or a one-shot info event.
create table alert (
    id          bigserial     primary key,
    name        varchar(64)   not null,
    level       varchar(16)   not null,
    state       varchar(16)   not null,
    occurrence  varchar(128),
    summary     varchar(2000),
    evidence    jsonb         not null default '{}',
    first_seen  timestamptz   not null,
    last_seen   timestamptz   not null,
    resolved_at timestamptz,
    constraint alert_level_check check (level in ('CRITICAL', 'WARNING', 'INFO')),
    constraint alert_state_check check (state in ('PENDING', 'FIRING', 'RESOLVED', 'OCCURRED'))
);

-- de-duplication: one open alert per name, one row per info event
create unique index alert_open_name on alert (name) where state in ('PENDING', 'FIRING');
create unique index alert_occurrence on alert (name, occurrence) where occurrence is not null;
create index alert_last_seen on alert (last_seen);

-- one announcement (FIRING, RESOLVED, OCCURRED) of an alert to one notifier, retried until delivered or given up
create table alert_delivery (
    id              bigserial     primary key,
    alert_id        bigint        not null references alert (id) on delete cascade,
    event           varchar(16)   not null,
    notifier        varchar(32)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz,
    delivered_at    timestamptz,
    last_error      varchar(2000),
    created_at      timestamptz   not null default now(),
    constraint alert_delivery_once unique (alert_id, event, notifier)
);

create index alert_delivery_due on alert_delivery (next_attempt_at)
    where delivered_at is null and next_attempt_at is not null;
