-- The category of need (SSDA903 CIN, N1 to N8) a period of care was recorded with in the council's
-- previous system. A period begun here takes it from the referral the child came from; a period
-- brought in from an SSDA903 set has no referral behind it, and inventing one would open a CIN
-- episode (its source, its assessment, its end) that the set says nothing about.
alter table care_period add column category_of_need varchar(2) check (category_of_need in ('N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'));
