-- Odoo orders the pull could not apply: parked with their reason, retried with backoff, shown to operators.
create table pull_failure (
    odoo_id         bigint        primary key,
    write_date      timestamptz   not null,
    attempts        integer       not null,
    reason          varchar(2000) not null,
    first_failed_at timestamptz   not null default now(),
    last_failed_at  timestamptz   not null default now(),
    next_attempt_at timestamptz   not null
);

create index pull_failure_due on pull_failure (next_attempt_at);
