-- Metric targets are kept in history (who set, changed or dropped "NPS >= 50 by 31.12"), like surveys.
create table feedback_target_aud (
    id             uuid not null,
    rev            bigint not null references revision (id),
    revtype        smallint,
    revend         bigint references revision (id),
    workspace_id   uuid,
    metric         varchar(20),
    comparison     varchar(20),
    goal           numeric(9, 2),
    due_date       date,
    touchpoint_id  uuid,
    segment        varchar(200),
    primary key (id, rev)
);
create index ix_feedback_target_aud_workspace on feedback_target_aud (workspace_id, rev);
