-- A person's private calendar feed (one per workspace membership). Only the SHA-256 of the secret token is
-- kept; revoking deletes the row, regenerating replaces the hash.
create table calendar_feed (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    person_id     uuid not null,
    account_id    uuid not null,
    token_hash    varchar(64) not null,
    created_at    timestamp with time zone not null,
    constraint uq_calendar_feed_person unique (workspace_id, person_id),
    constraint uq_calendar_feed_token unique (token_hash)
);

-- ShedLock: a scheduled job runs on one instance at a time (columns as its JDBC provider expects).
create table shedlock (
    name        varchar(64) primary key,
    lock_until  timestamp not null,
    locked_at   timestamp not null,
    locked_by   varchar(255) not null
);

-- Every reminder sent, inserted before its notification in the same transaction: the unique key makes a
-- second instance, a rerun or a restart skip what has been sent already.
create table reminder_sent (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id),
    kind          varchar(40) not null,
    subject_id    uuid not null,
    recipient_id  uuid not null,
    occasion      varchar(40) not null,
    sent_at       timestamp with time zone not null,
    constraint uq_reminder_sent unique (kind, subject_id, recipient_id, occasion)
);
