-- Plans a workspace saved as templates (the built-in template lives in the code).
create table plan_template (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    name          varchar(200) not null,
    content       text not null,
    created_by    uuid,
    created_at    timestamp with time zone not null,
    version       bigint not null default 0
);
create index ix_plan_template_workspace on plan_template (workspace_id, name);
