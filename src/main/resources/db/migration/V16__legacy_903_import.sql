-- The SSDA903 CSV set a council brings from its previous system. Every row it sent is kept as
-- it was (by set, file and row number) with what became of it, so nothing is lost and a row
-- corrected in the file is staged again over the old one and can be imported on the next run.
create table legacy_903_row (
    authority_id smallint     not null references authority (id),
    set_name     varchar(100) not null,
    file_name    varchar(40)  not null,
    row_number   integer      not null check (row_number >= 1),
    child        varchar(40),
    fields       jsonb        not null,
    outcome      varchar(12)  not null default 'STAGED'
        check (outcome in ('STAGED', 'IMPORTED', 'REFUSED', 'REJECTED', 'KEPT')),
    person_id    bigint       references person (id),
    staged_at    timestamptz  not null default now(),
    primary key (authority_id, set_name, file_name, row_number),
    check (outcome <> 'IMPORTED' or person_id is not null)
);
create index legacy_903_row_child on legacy_903_row (authority_id, set_name, child, file_name, row_number);

-- The 903 child id of each child the import brought in, and the record made for them: a second
-- import of the same child finds it here and changes nothing.
create table legacy_903_child (
    authority_id smallint     not null references authority (id),
    child        varchar(40)  not null,
    person_id    bigint       not null unique references person (id),
    set_name     varchar(100) not null,
    imported_at  timestamptz  not null default now(),
    primary key (authority_id, child)
);
