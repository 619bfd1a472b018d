-- Performance indicators, precomputed incrementally (architecture decision 26).
--
-- A fact is one child's (or one carers' household's) contribution to one indicator in one month:
-- a referral received, a visit due and made on time, a plan open at the month's end. Facts are
-- derived from the record by the same rules and clocks as the returns and the work lists, and
-- re-derived for a child whenever their record is written. Outcome C counts, Y counts and met the
-- standard, N counts and missed it, P is not yet decided (due on a day still to come).
create table indicator_fact (
    authority_id smallint    not null references authority (id),
    indicator    varchar(40) not null,
    subject_id   bigint      not null,
    person_id    bigint,
    team_id      bigint      not null,
    month        date        not null,
    outcome      char(1)     not null check (outcome in ('C', 'Y', 'N', 'P')),
    due_on       date,
    days         integer,
    breakdown    varchar(30) not null default '',
    check (outcome <> 'P' or due_on is not null),
    check (extract(day from month) = 1)
);
create index indicator_fact_person on indicator_fact (person_id) where person_id is not null;
create index indicator_fact_list on indicator_fact (authority_id, indicator, month, team_id);
create index indicator_fact_pending on indicator_fact (authority_id, due_on) where outcome = 'P';

-- The facts summed by indicator, month, team (0: held by no team) and breakdown, kept in step
-- with every change to the facts, so that a dashboard reads a few hundred rows, not millions.
create table indicator_month (
    authority_id smallint    not null references authority (id),
    indicator    varchar(40) not null,
    month        date        not null,
    team_id      bigint      not null,
    breakdown    varchar(30) not null,
    counted      integer     not null,
    met          integer     not null,
    days         bigint      not null,
    primary key (authority_id, indicator, month, team_id, breakdown)
);

-- Children whose record changed since their facts were derived (subject 0: the carers'
-- households). Written in the same transaction as the change, so none is lost on a restart.
create table indicator_stale (
    authority_id smallint not null references authority (id),
    subject_id   bigint   not null,
    primary key (authority_id, subject_id)
);

-- When the facts were last derived in full, from which definitions, for which month; and a
-- version that moves with every change to the sums or the values beside them, so that a page
-- drawn from them can be kept until it changes (by every instance serving the authority).
create table indicator_build (
    authority_id smallint    primary key references authority (id),
    fingerprint  varchar(64) not null,
    built_for    date        not null,
    built_at     timestamptz not null default now(),
    version      bigint      not null default 0
);

-- National and comparator (statistical neighbour) values entered by an administrator from the
-- DfE's published statistics, shown beside the authority's own figures.
create table indicator_comparison (
    authority_id    smallint      not null references authority (id),
    indicator       varchar(40)   not null,
    period          varchar(20)   not null,
    national        numeric(10, 2),
    comparator      numeric(10, 2),
    comparator_name varchar(120),
    entered_by      varchar(60)   not null,
    entered_at      timestamptz   not null default now(),
    primary key (authority_id, indicator),
    check (national is not null or comparator is not null)
);

-- The authority's population aged 0 to 17 (ONS mid-year estimate), for rates per 10,000 children.
create table child_population (
    authority_id smallint    primary key references authority (id),
    year         smallint    not null,
    children     integer     not null check (children > 0),
    entered_by   varchar(60) not null,
    entered_at   timestamptz not null default now()
);

-- Working days after a day, for the facts whose standard is in working days and whose clock the
-- record does not keep (case notes written up). Past days only: the bank holiday table holds them.
create function working_days_after(start_day date, days integer) returns date
language sql stable as $$
    select d::date from generate_series(start_day + 1, start_day + days * 2 + 14, interval '1 day') d
    where extract(isodow from d) < 6
      and not exists (select 1 from bank_holiday h where h.day = d::date)
    order by d offset greatest(days - 1, 0) limit 1
$$;
