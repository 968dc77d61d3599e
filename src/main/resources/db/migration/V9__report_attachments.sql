-- Files handed in with checkpoint reports. The bytes live in the database (bytea; H2 reads it as binary
-- varying), so every instance of the application serves the same files.
create table plan_report_attachment (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    report_id     uuid not null references plan_report (id) on delete cascade,
    file_name     varchar(255) not null,
    content_type  varchar(200) not null,
    byte_size     bigint not null,
    content       bytea not null,
    uploaded_by   uuid not null,
    uploaded_at   timestamp with time zone not null
);
create index ix_plan_report_attachment_report on plan_report_attachment (report_id);
