-- The fields an audited change touched, each with its value before and after (null: not there).
-- A child of audit_entry rather than a jsonb column: EclipseLink writes plain columns without casts.
create table audit_change (
    entry_id     bigint        not null references audit_entry (id),
    position     integer       not null,
    field        varchar(200)  not null,
    before_value varchar(4000),
    after_value  varchar(4000),
    primary key (entry_id, position)
);
