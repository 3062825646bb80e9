-- 0009_create_pairing_delta_indexes.sql
-- creates: the three indexes the delta-scoped pairing reads (db/stages/0150_determine_pairing_scope.sql,
--   0200 and 0300 when conflict.pairing_runs says 'delta'), so that a night costs what changed, not
--   the two-year window:
--   1. factvisitcallperformance_cr ("Updated Datatimestamp"): the visits loaded since the last complete
--      pairing (the sync stamps every row it writes with its load time), one range scan per month;
--   2. factvisitcallperformance_cr ("Caregiver Id", "Visit Date"): the visits of one caregiver on one
--      day, to fetch the dirty (SSN, date) groups and the visits of a changed caregiver
--      (schema-inventory.md section 6.2 (c));
--   3. dimcaregiver (trim("SSN")): the caregiver ids of one person; pairing groups visits by the
--      trimmed SSN, as the original does.
-- cost: two more indexes on the visit fact, kept up by the nightly sync (about 10M changed rows a
--   night in production); partition-local, so a month is maintained independently.
-- note: plain create index (not concurrently), as 0006: each migration runs in one transaction. On a
--   loaded production table build them by hand first with CREATE INDEX CONCURRENTLY on each
--   partition and attach them (db/analytics/README.md, "Indexes"), then this script finds them and
--   does nothing.

create index if not exists factvisitcallperformance_cr_updated_idx
    on analytics.factvisitcallperformance_cr ("Updated Datatimestamp");

create index if not exists factvisitcallperformance_cr_caregiver_date_idx
    on analytics.factvisitcallperformance_cr ("Caregiver Id", "Visit Date");

create index if not exists dimcaregiver_trimmed_ssn_idx
    on analytics.dimcaregiver (trim("SSN"));
