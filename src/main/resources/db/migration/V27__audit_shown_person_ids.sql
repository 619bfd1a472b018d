-- The children a list showed, so that "who saw this child" includes the work lists, drill-downs and
-- trackers that named the child, not only the pages of the child's own record.
alter table audit_event add column if not exists shown_person_ids bigint[];
