-- The audit log's words never name a child, carer, relative, adopter or household, nor give an
-- address: the facts an audit row is about are kept as numbers and codes, and named at read time
-- through the restriction check (see AuditRepository.find).
--   record_kind, record_id   the other record the row is about: person (a related person),
--                            household (carers), adoptive_family, case_note, staff_user
--   search_terms             the words typed, for SEARCH rows only
--   result_count             how many children a search showed
--   shown_person_ids         the children a row showed or a search matched; a reader sees a
--                            search's words and count only if they may see every one of them
alter table audit_event
    add column if not exists record_kind text,
    add column if not exists record_id bigint,
    add column if not exists search_terms text,
    add column if not exists result_count integer,
    add column if not exists shown_person_ids bigint[];

-- The rows written before: rewrite the words that named people or places. The log is
-- append-only; this one correction is made by the migration itself, with the trigger off
-- only inside this transaction.
alter table audit_event disable trigger audit_event_no_change;

-- Searches: the words move to search_terms; the children matched are unknown, so nobody sees them.
update audit_event
set search_terms = regexp_replace(regexp_replace(detail, '^Searched for ', ''), ' \(\d+ shown\)$', ''),
    detail = 'Searched children'
where action = 'SEARCH' and detail like 'Searched for %';

-- The child's name.
update audit_event
set detail = regexp_replace(detail, '^Closed the case of .* on (\d{4}-\d{2}-\d{2}): ', 'Closed the case on \1: ')
where detail like 'Closed the case of %';

-- Adopters' names.
update audit_event
set detail = regexp_replace(detail, '^Matched with adopters \(.*\) on (\d{4}-\d{2}-\d{2})$', 'Matched with adopters on \1')
where detail like 'Matched with adopters (%';

update audit_event
set detail = regexp_replace(detail, '^Placed for adoption \(([A-Z0-9]+)\) with .* on (\d{4}-\d{2}-\d{2})$', 'Placed for adoption (\1) on \2')
where detail like 'Placed for adoption (%) with %';

update audit_event
set record_kind = 'adoptive_family',
    record_id = cast(substring(detail from '^Adoptive family (\d+) \(') as bigint),
    detail = case
                 when detail ~ '^Adoptive family \d+ \(.*\): ((matched with child|child|adoption order for child|match with child) \d+ [a-z ]+ \d{4}-\d{2}-\d{2})$'
                     then regexp_replace(detail, '^Adoptive family (\d+) \(.*\): ((matched with child|child|adoption order for child|match with child) \d+ [a-z ]+ \d{4}-\d{2}-\d{2})$',
                                         'Adoptive family \1: \2')
                 else 'Adoptive family ' || substring(detail from '^Adoptive family (\d+) \(') || ': match changed' end
where detail ~ '^Adoptive family \d+ \(';

update audit_event
set record_kind = 'adoptive_family',
    record_id = cast(substring(detail from ': adoptive family (\d+) \(') as bigint),
    detail = regexp_replace(detail, ': adoptive family (\d+) \(.*, (\d+ adopters?(, fast track: [^)]*)?)\)$', ': adoptive family \1 (\2)')
where detail like 'Adoption enquiry received on %: adoptive family %';

update audit_event
set record_kind = 'adoptive_family',
    record_id = cast(substring(detail from '^Adoptive family (\d+):') as bigint)
where detail ~ '^Adoptive family \d+:' and record_kind is null;

-- Carers' households and the nominated officer's name.
update audit_event
set record_kind = 'household',
    record_id = cast(substring(detail from ': household (\d+) \(') as bigint),
    detail = regexp_replace(detail, ': household (\d+) \(.*\)$', ': household \1')
where detail ~ ': household \d+ \(' and (detail like 'Foster carers approved on %' or detail like 'Connected person temporarily approved from %');

update audit_event
set record_kind = 'household',
    record_id = cast(substring(detail from '^Temporary approval of household (\d+):') as bigint),
    detail = regexp_replace(detail, ' (agreed|not agreed) by .* on (\d{4}-\d{2}-\d{2})', ' \1 on \2')
where detail like 'Temporary approval of household %';

update audit_event
set record_kind = 'household',
    record_id = cast(substring(detail from '^(?:Review of household|Connected person household) (\d+)') as bigint)
where detail ~ '^(Review of household|Connected person household) \d+' and record_kind is null;

-- Private foster carers' names.
update audit_event
set detail = regexp_replace(detail, '^(Private fostering notified on \d{4}-\d{2}-\d{2}, started \d{4}-\d{2}-\d{2}) \(.*\)$', '\1')
where detail like 'Private fostering notified on %';

-- Words of earlier versions: a person's own name when recorded or changed, a relative's name with
-- the relationship, another name (an alias) of the child.
update audit_event
set detail = regexp_replace(detail, '^Recorded (child|unborn child|family member|carer) .*$', 'Recorded a new \1')
where action = 'CREATE' and detail ~ '^Recorded (child|unborn child|family member|carer) ';

update audit_event set detail = 'Changed details' where detail like 'Changed details of %';

update audit_event
set detail = regexp_replace(detail,
        '^Recorded (mother|father|step-parent|sibling|half-sibling|grandparent|aunt or uncle|other relative|foster carer|family or friends carer|family friend|parent''s partner) of .*$',
        'Recorded a relationship: \1')
where action = 'UPDATE'
  and detail ~ '^Recorded (mother|father|step-parent|sibling|half-sibling|grandparent|aunt or uncle|other relative|foster carer|family or friends carer|family friend|parent''s partner) of ';

update audit_event
set detail = regexp_replace(detail, '^Added (known as|previous name|name at birth|alias) .*$', 'Added another name (\1)')
where detail ~ '^Added (known as|previous name|name at birth|alias) ';

-- Addresses, professionals, schools, assessors.
update audit_event set detail = 'Added an address' where detail like 'Added address at %';

update audit_event set detail = 'Added a warning' where detail like 'Added warning: %';

update audit_event set detail = 'Added a professional or agency involved'
where action = 'UPDATE' and person_id is not null and detail like 'Added %'
  and detail <> 'Added a warning' and detail not like 'Added another name (%' and detail not like 'Added a significant event%'
  and detail not like 'Added bank holiday %' and detail <> 'Added an address';

update audit_event
set detail = regexp_replace(detail, '^School .* from (\d{4}-\d{2}-\d{2})( to \d{4}-\d{2}-\d{2})?(;.*)?$', 'School recorded from \1\2')
where action = 'CREATE' and detail like 'School %';

update audit_event
set detail = regexp_replace(detail, '^(PEP meeting on \d{4}-\d{2}-\d{2}) with .*$', '\1')
where detail like 'PEP meeting on % with %';

update audit_event
set detail = regexp_replace(detail, '^(.* on \d{4}-\d{2}-\d{2}) by .*$', '\1')
where action = 'CREATE' and detail ~* '^(initial|review) health assessment.* on \d{4}-\d{2}-\d{2} by ';

update audit_event
set record_kind = 'person',
    record_id = cast(substring(detail from '\(record (\d+)\)$') as bigint)
where detail like 'Recorded a relationship: % (record %)';

-- Words typed by staff (reasons, notes) can name anyone: the fixed part is kept.
update audit_event set detail = 'Restricted the record' where action = 'RESTRICT';

update audit_event
set detail = regexp_replace(detail, '^(Ended the section 47 enquiry of \d{4}-\d{2}-\d{2} with no conference):.*$', '\1')
where detail like 'Ended the section 47 enquiry of % with no conference:%';

update audit_event
set detail = regexp_replace(detail, '^(Corrected a significant event \(version \d+\)):.*$', '\1')
where detail like 'Corrected a significant event (version %):%';

update audit_event
set record_kind = 'case_note',
    record_id = cast(substring(detail from '^Corrected case note \d+ as (\d+)') as bigint),
    detail = regexp_replace(detail, '^(Corrected case note \d+ as \d+):.*$', '\1')
where detail ~ '^Corrected case note \d+ as \d+';

update audit_event
set detail = regexp_replace(detail, '^(Case complexity for workload: [^.]*)\..*$', '\1')
where detail like 'Case complexity for workload: %';

update audit_event
set record_kind = 'staff_user',
    record_id = cast(substring(detail from '\(staff (\d+)\)') as bigint),
    detail = regexp_replace(detail, '^Working pattern of .* \(staff (\d+)\): ', 'Working pattern of staff \1: ')
where detail like 'Working pattern of % (staff %):%';

-- Last, a net for anything else: a row whose words still hold the name of the child or of the
-- related person becomes a generic description.
update audit_event a
set detail = case a.action
                 when 'VIEW' then 'Viewed the record'
                 when 'SEARCH' then 'Searched children'
                 when 'CREATE' then 'Added to the record'
                 when 'UPDATE' then 'Changed the record'
                 when 'CORRECT' then 'Corrected the record'
                 when 'RESTRICT' then 'Restricted the record'
                 when 'EXPORT' then 'Exported from the record'
                 when 'REFUSED' then 'Refused: restricted record'
                 else 'Recorded before the audit log was structured' end
where exists (
    select 1
    from person p,
         lateral regexp_split_to_table(concat_ws(' ', p.given_name, p.middle_names, p.family_name), '\s+') as word
    where p.id in (a.person_id, case when a.record_kind = 'person' then a.record_id end)
      and length(word) >= 2
      and a.detail ~ ('(^|[^[:alnum:]])' || regexp_replace(word, '([\\.^$|?*+()\[\]{}-])', '\\\1', 'g') || '([^[:alnum:]]|$)'));

alter table audit_event enable trigger audit_event_no_change;

create index if not exists audit_event_record on audit_event (record_kind, record_id) where record_kind is not null;
