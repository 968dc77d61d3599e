-- Metrics dashboard (issue 7): the customer table (churn and LTV), the economics a workspace enters for LTV,
-- named time series from elsewhere (contact-centre FCR, AHT, SLA, marketing), metric targets, and the target a
-- plan task names as its expected result.

create table feedback_customer (
    id              uuid primary key,
    workspace_id    uuid not null references workspace (id),
    ref             varchar(200) not null,
    segment         varchar(200),
    first_purchase  date not null,
    last_purchase   date not null,
    revenue         numeric(19, 2) not null,
    version         bigint not null default 0
);
create unique index ux_feedback_customer_ref on feedback_customer (workspace_id, ref);

create table feedback_economics (
    id               uuid primary key,
    workspace_id     uuid not null references workspace (id),
    gross_margin     numeric(5, 2) not null,
    inactivity_days  integer not null,
    version          bigint not null default 0
);
create unique index ux_feedback_economics_workspace on feedback_economics (workspace_id);

create table feedback_series_point (
    id             uuid primary key,
    workspace_id   uuid not null references workspace (id),
    name           varchar(200) not null,
    unit           varchar(50),
    measured_on    date not null,
    amount         numeric(19, 4) not null,
    department     varchar(200),
    touchpoint_id  uuid,
    version        bigint not null default 0
);
create index ix_feedback_series_point_name on feedback_series_point (workspace_id, name, measured_on);

create table feedback_target (
    id             uuid primary key,
    workspace_id   uuid not null references workspace (id),
    metric         varchar(20) not null,
    comparison     varchar(20) not null,
    goal           numeric(9, 2) not null,
    due_date       date not null,
    touchpoint_id  uuid,
    segment        varchar(200),
    version        bigint not null default 0
);
create index ix_feedback_target_workspace on feedback_target (workspace_id);

alter table plan_task add column target_id uuid;
alter table plan_task_aud add column target_id uuid;
