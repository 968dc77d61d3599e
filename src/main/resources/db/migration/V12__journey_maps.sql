-- Customer journey maps (issue 5): a journey, its stages → zones → elements → touchpoints (each level ordered;
-- zones and elements optional), pains and ideas per touchpoint. Parents are kept as ids inside the journey
-- aggregate, so moving a card is an update of one column and positions are renumbered in the same transaction.

create table journey (
    id                       uuid primary key,
    workspace_id             uuid not null references workspace (id),
    title                    varchar(300) not null,
    description              text,
    segment                  varchar(300),
    expected_duration_days   integer not null,
    status                   varchar(20) not null,
    to_be_of                 uuid references journey (id) on delete set null,
    version                  bigint not null default 0
);
create index ix_journey_workspace on journey (workspace_id);

create table journey_stage (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    journey_id    uuid not null references journey (id) on delete cascade,
    name          varchar(200) not null,
    position      integer not null,
    version       bigint not null default 0
);
create index ix_journey_stage_journey on journey_stage (journey_id);

create table journey_zone (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    journey_id    uuid not null references journey (id) on delete cascade,
    stage_id      uuid not null,
    name          varchar(200) not null,
    position      integer not null,
    version       bigint not null default 0
);
create index ix_journey_zone_journey on journey_zone (journey_id);

create table journey_element (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    journey_id    uuid not null references journey (id) on delete cascade,
    zone_id       uuid not null,
    name          varchar(200) not null,
    position      integer not null,
    version       bigint not null default 0
);
create index ix_journey_element_journey on journey_element (journey_id);

create table journey_touchpoint (
    id                 uuid primary key,
    workspace_id       uuid not null references workspace (id),
    journey_id         uuid not null references journey (id) on delete cascade,
    stage_id           uuid,
    zone_id            uuid,
    element_id         uuid,
    name               varchar(200) not null,
    description        text,
    channel            varchar(20) not null,
    department_id      uuid,
    responsible_id     uuid,
    icon               varchar(40),
    expectation        integer,
    quality            integer,
    tangible_evidence  text,
    notes              text,
    position           integer not null,
    version            bigint not null default 0,
    -- exactly one parent: a stage, a zone or an element
    constraint ck_journey_touchpoint_one_parent check (
        (case when stage_id is null then 0 else 1 end) + (case when zone_id is null then 0 else 1 end)
        + (case when element_id is null then 0 else 1 end) = 1)
);
create index ix_journey_touchpoint_journey on journey_touchpoint (journey_id);

create table journey_pain (
    id             uuid primary key,
    workspace_id   uuid not null references workspace (id),
    journey_id     uuid not null references journey (id) on delete cascade,
    touchpoint_id  uuid not null,
    description    text not null,
    severity       integer not null,
    frequency      integer not null,
    source         varchar(20),
    status         varchar(20) not null,
    position       integer not null,
    version        bigint not null default 0
);
create index ix_journey_pain_journey on journey_pain (journey_id);

create table journey_idea (
    id             uuid primary key,
    workspace_id   uuid not null references workspace (id),
    journey_id     uuid not null references journey (id) on delete cascade,
    touchpoint_id  uuid not null,
    kind           varchar(20) not null,
    text           text not null,
    author_id      uuid,
    position       integer not null,
    version        bigint not null default 0
);
create index ix_journey_idea_journey on journey_idea (journey_id);

-- Audit (Envers), like the plan's tables.
create table journey_aud (
    id                       uuid not null,
    rev                      bigint not null references revision (id),
    revtype                  smallint,
    revend                   bigint references revision (id),
    workspace_id             uuid,
    title                    varchar(300),
    description              text,
    segment                  varchar(300),
    expected_duration_days   integer,
    status                   varchar(20),
    to_be_of                 uuid,
    primary key (id, rev)
);
create index ix_journey_aud_workspace on journey_aud (workspace_id, rev);

create table journey_stage_aud (
    id            uuid not null,
    rev           bigint not null references revision (id),
    revtype       smallint,
    revend        bigint references revision (id),
    workspace_id  uuid,
    journey_id    uuid,
    name          varchar(200),
    position      integer,
    primary key (id, rev)
);
create index ix_journey_stage_aud_workspace on journey_stage_aud (workspace_id, rev);

create table journey_zone_aud (
    id            uuid not null,
    rev           bigint not null references revision (id),
    revtype       smallint,
    revend        bigint references revision (id),
    workspace_id  uuid,
    journey_id    uuid,
    stage_id      uuid,
    name          varchar(200),
    position      integer,
    primary key (id, rev)
);
create index ix_journey_zone_aud_workspace on journey_zone_aud (workspace_id, rev);

create table journey_element_aud (
    id            uuid not null,
    rev           bigint not null references revision (id),
    revtype       smallint,
    revend        bigint references revision (id),
    workspace_id  uuid,
    journey_id    uuid,
    zone_id       uuid,
    name          varchar(200),
    position      integer,
    primary key (id, rev)
);
create index ix_journey_element_aud_workspace on journey_element_aud (workspace_id, rev);

create table journey_touchpoint_aud (
    id                 uuid not null,
    rev                bigint not null references revision (id),
    revtype            smallint,
    revend             bigint references revision (id),
    workspace_id       uuid,
    journey_id         uuid,
    stage_id           uuid,
    zone_id            uuid,
    element_id         uuid,
    name               varchar(200),
    description        text,
    channel            varchar(20),
    department_id      uuid,
    responsible_id     uuid,
    icon               varchar(40),
    expectation        integer,
    quality            integer,
    tangible_evidence  text,
    notes              text,
    position           integer,
    primary key (id, rev)
);
create index ix_journey_touchpoint_aud_workspace on journey_touchpoint_aud (workspace_id, rev);

create table journey_pain_aud (
    id             uuid not null,
    rev            bigint not null references revision (id),
    revtype        smallint,
    revend         bigint references revision (id),
    workspace_id   uuid,
    journey_id     uuid,
    touchpoint_id  uuid,
    description    text,
    severity       integer,
    frequency      integer,
    source         varchar(20),
    status         varchar(20),
    position       integer,
    primary key (id, rev)
);
create index ix_journey_pain_aud_workspace on journey_pain_aud (workspace_id, rev);

create table journey_idea_aud (
    id             uuid not null,
    rev            bigint not null references revision (id),
    revtype        smallint,
    revend         bigint references revision (id),
    workspace_id   uuid,
    journey_id     uuid,
    touchpoint_id  uuid,
    kind           varchar(20),
    text           text,
    author_id      uuid,
    position       integer,
    primary key (id, rev)
);
create index ix_journey_idea_aud_workspace on journey_idea_aud (workspace_id, rev);

-- The business process of a touchpoint or an element in IDEF0 (seed 001): the A0 function with its ICOM lists
-- and decomposition, kept as the JSON of its record tree; name is the A0 function's, for History.
create table journey_idef0 (
    id             uuid primary key,
    workspace_id   uuid not null references workspace (id),
    journey_id     uuid not null references journey (id) on delete cascade,
    touchpoint_id  uuid,
    element_id     uuid,
    name           varchar(200) not null,
    diagram        text not null,
    version        bigint not null default 0,
    constraint ck_journey_idef0_one_owner check ((touchpoint_id is null) <> (element_id is null))
);
create index ix_journey_idef0_journey on journey_idef0 (journey_id);

create table journey_idef0_aud (
    id             uuid not null,
    rev            bigint not null references revision (id),
    revtype        smallint,
    revend         bigint references revision (id),
    workspace_id   uuid,
    journey_id     uuid,
    touchpoint_id  uuid,
    element_id     uuid,
    name           varchar(200),
    diagram        text,
    primary key (id, rev)
);
create index ix_journey_idef0_aud_workspace on journey_idef0_aud (workspace_id, rev);
