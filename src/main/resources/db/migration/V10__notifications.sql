-- Spring Modulith's event publication registry (JPA): an event for a module listener is stored with the
-- business transaction and completed when the listener succeeds, so a failed or interrupted listener is retried.
-- Columns as Spring Modulith 2.1 maps them (JpaEventPublication); Flyway owns the schema.
create table event_publication (
    id                      uuid primary key,
    listener_id             varchar(512) not null,
    event_type              varchar(512) not null,
    serialized_event        text not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer not null default 0,
    last_resubmission_date  timestamp with time zone
);
create index ix_event_publication_incomplete on event_publication (completion_date, publication_date);
create index ix_event_publication_status on event_publication (status);

-- Completed publications when spring.modulith.events.completion-mode=archive (not used, but mapped).
create table event_publication_archive (
    id                      uuid primary key,
    listener_id             varchar(512) not null,
    event_type              varchar(512) not null,
    serialized_event        text not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     integer not null default 0,
    last_resubmission_date  timestamp with time zone
);

-- A person's inbox. The text is stored as message keys and data (JSON), rendered in the reader's language.
create table notification (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    recipient_id  uuid not null,
    kind          varchar(40) not null,
    actor_id      uuid,
    title_key     varchar(200) not null,
    title_args    text not null,
    entries       text not null,
    link          varchar(500) not null,
    created_at    timestamp with time zone not null,
    read_at       timestamp with time zone,
    mailed_at     timestamp with time zone
);
create index ix_notification_inbox on notification (workspace_id, recipient_id, created_at);
create index ix_notification_unread on notification (workspace_id, recipient_id, read_at);

-- What a person wants by email, per kind of notification; in-app is always on. No row: email at once.
create table notification_preference (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    person_id     uuid not null,
    kind          varchar(40) not null,
    email         boolean not null,
    digest        boolean not null,
    version       bigint not null default 0,
    constraint uq_notification_preference unique (workspace_id, person_id, kind)
);
