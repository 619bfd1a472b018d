-- Foundation schema: authorities, staff, the child record, case notes and the audit log.
-- Every row carries its authority so that one database can serve many councils; every
-- query in the repositories is scoped by it.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- unaccent() is only STABLE, so it cannot be used in an index; this wrapper pins the
-- dictionary, which makes it safe to declare IMMUTABLE for the search indexes.
create or replace function search_fold(value text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create table authority (
    id          smallint primary key,
    la_code     varchar(3)   not null unique,
    name        varchar(120) not null
);

create table team (
    id           bigint generated always as identity primary key,
    authority_id smallint     not null references authority (id),
    name         varchar(120) not null,
    service      varchar(40)  not null,
    unique (authority_id, name)
);

create table staff_user (
    id                bigint generated always as identity primary key,
    authority_id      smallint     not null references authority (id),
    username          varchar(60)  not null,
    display_name      varchar(120) not null,
    email             varchar(254),
    password_hash     varchar(200),
    role              varchar(40)  not null,
    team_id           bigint references team (id),
    enabled           boolean      not null default true,
    access_expires_at timestamptz,
    created_at        timestamptz  not null default now(),
    unique (authority_id, username)
);
create unique index staff_user_username on staff_user (lower(username));

create table person (
    id                    bigint generated always as identity primary key,
    authority_id          smallint     not null references authority (id),
    kind                  varchar(20)  not null,
    la_child_id           varchar(20),
    upn                   varchar(13),
    former_upn            varchar(13),
    upn_unknown_reason    varchar(3),
    nhs_number            varchar(10),
    given_name            varchar(100) not null,
    middle_names          varchar(100),
    family_name           varchar(100) not null,
    date_of_birth         date,
    expected_date_of_birth date,
    date_of_death         date,
    sex                   varchar(1)   not null default 'U',
    gender_identity       varchar(60),
    ethnicity             varchar(4),
    first_language        varchar(60),
    religion              varchar(60),
    immigration_status    varchar(40),
    uasc                  boolean      not null default false,
    case_status           varchar(20)  not null default 'NOT_OPEN',
    restricted            boolean      not null default false,
    restriction_reason    varchar(200),
    version               integer      not null default 0,
    created_at            timestamptz  not null default now(),
    created_by            varchar(60)  not null,
    updated_at            timestamptz  not null default now(),
    updated_by            varchar(60)  not null,
    unique (authority_id, la_child_id)
);
create index person_upn on person (authority_id, upn);
create index person_former_upn on person (authority_id, former_upn);
create index person_nhs on person (authority_id, nhs_number);
create index person_dob on person (authority_id, date_of_birth);
create index person_name_trgm on person
    using gin (search_fold(given_name || ' ' || coalesce(middle_names, '') || ' ' || family_name) gin_trgm_ops);

create table person_other_name (
    id           bigint generated always as identity primary key,
    person_id    bigint       not null references person (id),
    kind         varchar(20)  not null,
    given_name   varchar(100) not null,
    family_name  varchar(100) not null
);
create index person_other_name_person on person_other_name (person_id);
create index person_other_name_trgm on person_other_name
    using gin (search_fold(given_name || ' ' || family_name) gin_trgm_ops);

create table person_disability (
    person_id bigint     not null references person (id),
    code      varchar(4) not null,
    primary key (person_id, code)
);

create table address (
    id          bigint generated always as identity primary key,
    person_id   bigint       not null references person (id),
    line1       varchar(120) not null,
    line2       varchar(120),
    town        varchar(80),
    postcode    varchar(8)   not null,
    start_date  date         not null,
    end_date    date,
    recorded_by varchar(60)  not null,
    recorded_at timestamptz  not null default now(),
    check (end_date is null or end_date >= start_date)
);
create index address_person on address (person_id, start_date desc);
create index address_postcode on address (replace(upper(postcode), ' ', '') text_pattern_ops);

create table relationship (
    id                      bigint generated always as identity primary key,
    person_id               bigint      not null references person (id),
    related_person_id       bigint      not null references person (id),
    kind                    varchar(30) not null,
    parental_responsibility boolean     not null default false,
    start_date              date,
    end_date                date,
    recorded_by             varchar(60) not null,
    recorded_at             timestamptz not null default now(),
    check (person_id <> related_person_id)
);
create index relationship_person on relationship (person_id);
create index relationship_related on relationship (related_person_id);

create table professional_involvement (
    id            bigint generated always as identity primary key,
    person_id     bigint       not null references person (id),
    role          varchar(40)  not null,
    name          varchar(120) not null,
    organisation  varchar(120),
    phone         varchar(30),
    email         varchar(254),
    start_date    date         not null,
    end_date      date,
    recorded_by   varchar(60)  not null,
    recorded_at   timestamptz  not null default now(),
    check (end_date is null or end_date >= start_date)
);
create index professional_involvement_person on professional_involvement (person_id);

create table allocation (
    id          bigint generated always as identity primary key,
    person_id   bigint      not null references person (id),
    team_id     bigint      not null references team (id),
    worker_id   bigint references staff_user (id),
    start_date  date        not null,
    end_date    date,
    recorded_by varchar(60) not null,
    recorded_at timestamptz not null default now(),
    check (end_date is null or end_date >= start_date)
);
create index allocation_person on allocation (person_id, start_date desc);
create index allocation_open_worker on allocation (worker_id) where end_date is null;
create index allocation_open_team on allocation (team_id) where end_date is null;

create table warning_note (
    id          bigint generated always as identity primary key,
    person_id   bigint        not null references person (id),
    category    varchar(40)   not null,
    note        varchar(2000) not null,
    start_date  date          not null,
    review_date date          not null,
    end_date    date,
    recorded_by varchar(60)   not null,
    recorded_at timestamptz   not null default now()
);
create index warning_note_person on warning_note (person_id);

-- Key events of a child's journey (referral, plans, periods of care ...). The case status is
-- derived from these, never typed in; later features append their events here.
create table case_event (
    id           bigint generated always as identity primary key,
    person_id    bigint      not null references person (id),
    kind         varchar(30) not null,
    event_date   date        not null,
    source       varchar(40) not null,
    recorded_by  varchar(60) not null,
    recorded_at  timestamptz not null default now()
);
create index case_event_person on case_event (person_id, event_date, id);

-- Named users who may see a restricted record.
create table record_access (
    person_id  bigint      not null references person (id),
    user_id    bigint      not null references staff_user (id),
    granted_by varchar(60) not null,
    granted_at timestamptz not null default now(),
    primary key (person_id, user_id)
);
create index record_access_user on record_access (user_id);

-- Case notes. A finalised note is never changed: a correction is a new row in the same
-- note_group with a higher version, who made it and why.
create table case_note (
    id                bigint generated always as identity primary key,
    authority_id      smallint      not null references authority (id),
    person_id         bigint        not null references person (id),
    note_group        uuid          not null,
    version           integer       not null,
    kind              varchar(40),
    subject           varchar(200),
    body              text          not null,
    occurred_on       date,
    status            varchar(10)   not null,
    author            varchar(60)   not null,
    created_at        timestamptz   not null default now(),
    last_saved_at     timestamptz   not null default now(),
    finalised_at      timestamptz,
    correction_reason varchar(500),
    unique (note_group, version),
    check (status in ('DRAFT', 'FINAL')),
    check (status = 'DRAFT' or (kind is not null and subject is not null and occurred_on is not null)),
    check ((status = 'FINAL') = (finalised_at is not null)),
    check (version = 1 or correction_reason is not null)
);
create index case_note_person on case_note (person_id, occurred_on desc);
create index case_note_drafts on case_note (author) where status = 'DRAFT';

create function case_note_final_is_immutable() returns trigger
    language plpgsql
as $$
begin
    if old.status = 'FINAL' then
        raise exception 'case note % is finalised and cannot be changed; record a correction instead', old.id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;

create trigger case_note_final_immutable
    before update or delete on case_note
    for each row execute function case_note_final_is_immutable();

-- The audit log is append-only: the database itself refuses to change or remove a row.
create table audit_event (
    id             bigint generated always as identity primary key,
    authority_id   smallint     not null references authority (id),
    occurred_at    timestamptz  not null default now(),
    username       varchar(60)  not null,
    action         varchar(20)  not null,
    person_id      bigint references person (id),
    detail         varchar(500) not null,
    remote_address varchar(64),
    request_path   varchar(300)
);
create index audit_event_time on audit_event (authority_id, occurred_at desc);
create index audit_event_person on audit_event (person_id, occurred_at desc);
create index audit_event_user on audit_event (authority_id, lower(username), occurred_at desc);

create function audit_event_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'the audit log is append-only';
end $$;

create trigger audit_event_no_change
    before update or delete or truncate on audit_event
    for each statement execute function audit_event_append_only();
