-- The reviews-due list reads running clocks of a few rules across the authority by due date.
create index statutory_clock_due_by_rule on statutory_clock (authority_id, rule, due_on) where met_on is null;
