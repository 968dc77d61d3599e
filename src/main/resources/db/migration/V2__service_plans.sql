-- Service plans (seed 000): the plan, its authors, checkpoints, global tasks, concrete tasks and reports.
create table service_plan (
    id               uuid primary key,
    workspace_id     uuid not null references workspace (id),
    title            varchar(300) not null,
    introduction     text,
    start_date       date not null,
    end_date         date not null,
    currency         varchar(3) not null,
    status           varchar(20) not null,
    lead_id          uuid references person (id),
    submitted_by     uuid,
    submitted_at     timestamp with time zone,
    approved_by      uuid,
    approved_at      timestamp with time zone,
    closing_summary  text,
    closed_by        uuid,
    closed_at        timestamp with time zone,
    copied_from      uuid,
    version          bigint not null default 0
);
create index ix_service_plan_workspace on service_plan (workspace_id, start_date);

create table plan_author (
    plan_id    uuid not null references service_plan (id) on delete cascade,
    person_id  uuid not null,
    primary key (plan_id, person_id)
);

create table plan_checkpoint (
    id               uuid primary key,
    workspace_id     uuid not null references workspace (id),
    plan_id          uuid not null references service_plan (id) on delete cascade,
    date             date not null,
    title            varchar(200) not null,
    closed_at        timestamp with time zone,
    closed_by        uuid,
    closing_comment  text,
    version          bigint not null default 0
);
create index ix_plan_checkpoint_plan on plan_checkpoint (plan_id, date);

create table plan_goal (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    plan_id       uuid not null references service_plan (id) on delete cascade,
    title         varchar(300) not null,
    description   text,
    position      integer not null,
    version       bigint not null default 0
);
create index ix_plan_goal_plan on plan_goal (plan_id);

create table plan_task (
    id                uuid primary key,
    workspace_id      uuid not null references workspace (id),
    plan_id           uuid not null references service_plan (id) on delete cascade,
    goal_id           uuid not null references plan_goal (id),
    block             varchar(100) not null,
    position          integer not null,
    title             varchar(300) not null,
    description       text,
    responsible_id    uuid not null references person (id),
    start_date        date not null,
    due_date          date not null,
    expected_result   text,
    target_metric     varchar(100),
    target_value      numeric(19, 4),
    reporting_format  text,
    budget_amount     numeric(19, 2),
    budget_currency   varchar(3),
    budget_source     varchar(200),
    reward            text,
    status            varchar(20) not null,
    priority          varchar(10) not null,
    kind              varchar(40) not null,
    carried_over      boolean not null default false,
    version           bigint not null default 0
);
create index ix_plan_task_plan on plan_task (plan_id, block, position);
create index ix_plan_task_responsible on plan_task (workspace_id, responsible_id);

create table plan_task_co_executor (
    task_id    uuid not null references plan_task (id) on delete cascade,
    person_id  uuid not null,
    primary key (task_id, person_id)
);

create table plan_report (
    id             uuid primary key,
    workspace_id   uuid not null references workspace (id),
    plan_id        uuid not null references service_plan (id) on delete cascade,
    checkpoint_id  uuid not null references plan_checkpoint (id) on delete cascade,
    task_id        uuid not null references plan_task (id) on delete cascade,
    author_id      uuid not null,
    progress       integer not null,
    result         text not null,
    deviation      text,
    next_steps     text,
    filed_at       timestamp with time zone not null,
    version        bigint not null default 0
);
create unique index ux_plan_report on plan_report (checkpoint_id, task_id);
create index ix_plan_report_plan on plan_report (plan_id);

-- History of plans (Envers).
create table service_plan_aud (
    id               uuid not null,
    rev              bigint not null references revision (id),
    revtype          smallint,
    revend           bigint references revision (id),
    workspace_id     uuid,
    title            varchar(300),
    introduction     text,
    start_date       date,
    end_date         date,
    currency         varchar(3),
    status           varchar(20),
    lead_id          uuid,
    submitted_by     uuid,
    submitted_at     timestamp with time zone,
    approved_by      uuid,
    approved_at      timestamp with time zone,
    closing_summary  text,
    closed_by        uuid,
    closed_at        timestamp with time zone,
    copied_from      uuid,
    primary key (id, rev)
);
create index ix_service_plan_aud_workspace on service_plan_aud (workspace_id, rev);

create table plan_checkpoint_aud (
    id               uuid not null,
    rev              bigint not null references revision (id),
    revtype          smallint,
    revend           bigint references revision (id),
    workspace_id     uuid,
    plan_id          uuid,
    date             date,
    title            varchar(200),
    closed_at        timestamp with time zone,
    closed_by        uuid,
    closing_comment  text,
    primary key (id, rev)
);
create index ix_plan_checkpoint_aud_workspace on plan_checkpoint_aud (workspace_id, rev);

create table plan_goal_aud (
    id            uuid not null,
    rev           bigint not null references revision (id),
    revtype       smallint,
    revend        bigint references revision (id),
    workspace_id  uuid,
    plan_id       uuid,
    title         varchar(300),
    description   text,
    position      integer,
    primary key (id, rev)
);
create index ix_plan_goal_aud_workspace on plan_goal_aud (workspace_id, rev);

create table plan_task_aud (
    id                uuid not null,
    rev               bigint not null references revision (id),
    revtype           smallint,
    revend            bigint references revision (id),
    workspace_id      uuid,
    plan_id           uuid,
    goal_id           uuid,
    block             varchar(100),
    position          integer,
    title             varchar(300),
    description       text,
    responsible_id    uuid,
    start_date        date,
    due_date          date,
    expected_result   text,
    target_metric     varchar(100),
    target_value      numeric(19, 4),
    reporting_format  text,
    budget_amount     numeric(19, 2),
    budget_currency   varchar(3),
    budget_source     varchar(200),
    reward            text,
    status            varchar(20),
    priority          varchar(10),
    kind              varchar(40),
    carried_over      boolean,
    primary key (id, rev)
);
create index ix_plan_task_aud_workspace on plan_task_aud (workspace_id, rev);
