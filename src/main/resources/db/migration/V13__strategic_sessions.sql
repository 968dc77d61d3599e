-- Strategic sessions (issue 6): a workshop on one or more journeys with an agenda, participants (members or
-- guests with a hashed token), ideas under touchpoints and dot-voting in two nominations. The database holds
-- the voting rules it can state on one row (points 1..the per-idea limit, one row per idea, participant and
-- nomination); the budget across rows is kept by locking the participant row before summing (VotingBudget).

create table strategic_session (
    id                    uuid primary key,
    workspace_id          uuid not null references workspace (id),
    title                 varchar(200) not null,
    facilitator_id        uuid not null references person (id),
    status                varchar(20) not null,
    current_stage         integer not null default 0,
    brainstorming_locked  boolean not null default false,
    voting                varchar(20) not null,
    results_revealed      boolean not null default false,
    quick_win_budget      integer not null,
    important_budget      integer not null,
    max_points_per_idea   integer not null,
    anonymous             boolean not null default false,
    join_code             varchar(12) not null,
    -- the join code while the session is open, null once closed: unique among open sessions only
    open_join_code        varchar(12),
    created_at            timestamp with time zone not null,
    closed_at             timestamp with time zone,
    version               bigint not null default 0,
    constraint uq_session_open_join_code unique (open_join_code),
    constraint ck_session_budgets check (quick_win_budget > 0 and important_budget > 0 and max_points_per_idea > 0)
);
create index ix_session_workspace on strategic_session (workspace_id);

create table session_journey (
    session_id  uuid not null references strategic_session (id) on delete cascade,
    position    integer not null,
    journey_id  uuid not null,
    primary key (session_id, position)
);

create table session_agenda_stage (
    session_id  uuid not null references strategic_session (id) on delete cascade,
    position    integer not null,
    title       varchar(200) not null,
    primary key (session_id, position)
);

create table session_participant (
    id                uuid primary key,
    workspace_id      uuid not null references workspace (id),
    session_id        uuid not null references strategic_session (id) on delete cascade,
    person_id         uuid references person (id),
    guest_name        varchar(100),
    guest_token_hash  varchar(64),
    joined_at         timestamp with time zone not null,
    removed           boolean not null default false,
    version           bigint not null default 0,
    constraint uq_participant_person unique (session_id, person_id),
    constraint uq_participant_guest_token unique (guest_token_hash),
    constraint ck_participant_member_or_guest check ((person_id is not null and guest_name is null)
        or (person_id is null and guest_name is not null and guest_token_hash is not null))
);
create index ix_participant_session on session_participant (session_id);

create table session_idea (
    id             uuid primary key,
    workspace_id   uuid not null references workspace (id),
    session_id     uuid not null references strategic_session (id) on delete cascade,
    text           varchar(1000) not null,
    kind           varchar(10) not null,
    touchpoint_id  uuid,
    pain_id        uuid,
    author_id      uuid not null references session_participant (id),
    hidden         boolean not null default false,
    merged_into    uuid references session_idea (id),
    created_at     timestamp with time zone not null,
    version        bigint not null default 0,
    constraint ck_idea_kind check (kind in ('PROBLEM', 'IDEAL'))
);
create index ix_idea_session on session_idea (session_id, created_at);

-- Everyone whose idea this became: its author, and the authors of ideas merged into it.
create table session_idea_author (
    idea_id         uuid not null references session_idea (id) on delete cascade,
    participant_id  uuid not null references session_participant (id) on delete cascade,
    primary key (idea_id, participant_id)
);

create table session_vote (
    id              uuid primary key,
    workspace_id    uuid not null references workspace (id),
    session_id      uuid not null references strategic_session (id) on delete cascade,
    idea_id         uuid not null references session_idea (id) on delete cascade,
    participant_id  uuid not null references session_participant (id) on delete cascade,
    nomination      varchar(12) not null,
    points          integer not null,
    -- the session's per-idea limit when the points were set, so the row itself refuses more
    idea_limit      integer not null,
    constraint uq_vote unique (idea_id, participant_id, nomination),
    constraint ck_vote_points check (points > 0 and points <= idea_limit),
    constraint ck_vote_nomination check (nomination in ('QUICK_WIN', 'IMPORTANT'))
);
create index ix_vote_participant on session_vote (participant_id, nomination);
create index ix_vote_session on session_vote (session_id);
