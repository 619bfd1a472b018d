-- Which version of the rule table the stored clocks were derived by. When an upgrade changes the
-- rules (a new clock, a new key event), the clocks are derived again on the next start.
create table timescale_rules (
    authority_id smallint    primary key references authority (id),
    fingerprint  varchar(64) not null,
    derived_at   timestamptz not null default now()
);
