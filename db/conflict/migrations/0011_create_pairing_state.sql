-- 0011_create_pairing_state.sql
-- What: the state of the delta-scoped pairing (db/README.md, "Delta-scoped pairing"):
--   - pairing_runs: one row per run that reached stage 0150, with the mode chosen ('full' or 'delta'),
--     why, the run it is relative to, and what it saw of each input (the highest load stamp of the
--     visit fact, the highest "Updated Datatimestamp" of each dimension the pairing reads, a digest
--     of the reference rows); stage 0400 marks the row completed once the pairs have their CONFLICTIDs;
--   - pairing_scope: the dirty (SSN, date) groups of the current delta run, the only groups stages
--     0200 and 0300 pair again; kept for the run (a resumed run pairs the same groups) and replaced
--     by the next run;
--   - pairing_detected: the pairs TASK_02_0's rules detect, per (SSN, date) group of the window, as the
--     last pairing left them; a delta night re-stamps the stored rows of the clean groups' pairs the way
--     the full night's refresh would, and marks every other dated row pending, without pairing again;
--   - pairing_user_snapshot: "User Id" and "User Fullname" of analytics.dimuser as the last complete
--     pairing saw them (the view has no change stamp, so its changes are found by comparison).
-- Why: the original re-pairs the whole two-year window every night; a night of the delta mode reads
--   the visits that changed and the (SSN, date) groups they touch, and gives the same result (the
--   equivalence tests in tests/ConflictDb.IntegrationTests/DeltaPairingTests.cs).
-- Logged tables: a run resumed after a crash must find its scope again.

create table conflict.pairing_runs (
    -- conflict.pipeline_runs.run_id of the run; no foreign key, so that the runner's journal can be
    -- reset or pruned on its own
    run_id bigint not null,
    as_of timestamp not null,
    mode varchar(8) not null,
    reason text not null,
    -- the completed run whose inputs this delta run compares against (null for a full run)
    baseline_run_id bigint,
    -- the highest value seen at stage 0150; null when the table was empty
    visits_through timestamp,
    caregivers_through timestamp,
    providers_through timestamp,
    offices_through timestamp,
    patients_through timestamp,
    patient_addresses_through timestamp,
    payers_through timestamp,
    contracts_through timestamp,
    service_codes_through timestamp,
    -- md5 of the reference rows the pairing reads (settings distance factor, mph, excluded_agency,
    -- excluded_ssn); a change forces a full night
    reference_digest varchar(32) not null,
    changed_visits bigint,
    scope_groups bigint,
    completed boolean not null default false,
    constraint pairing_runs_pkey primary key (run_id),
    -- 'partial': a pairing stage ran in a run without stage 0150 (e.g. `run --only`); it pairs as
    -- 'full', and the next run pairs in full because this one never completes
    constraint pairing_runs_mode_check check (mode in ('full', 'delta', 'partial'))
);

comment on table conflict.pairing_runs is
    'ConflictDb: per run, the pairing mode (full or delta), why, and the inputs it saw (stage 0150).';

create table conflict.pairing_scope (
    run_id bigint not null,
    "SSN" text not null,
    "VisitDate" date not null,
    constraint pairing_scope_pkey primary key (run_id, "SSN", "VisitDate")
);

comment on table conflict.pairing_scope is
    'ConflictDb: the dirty (trimmed SSN, visit date) groups a delta run pairs again (stage 0150).';

create table conflict.pairing_detected (
    "VisitID" varchar(100) not null,
    "ConVisitID" varchar(100) not null,
    "SSN" text not null,
    "VisitDate" date not null
);

-- the delta night's joins: by group (dirty groups are replaced) and by pair (the stored rows)
create index pairing_detected_group_idx
    on conflict.pairing_detected ("SSN", "VisitDate");

create index pairing_detected_pair_idx
    on conflict.pairing_detected ("VisitID", "ConVisitID");

comment on table conflict.pairing_detected is
    'ConflictDb: the pairs the last pairing detected (TASK_02_0 rules), per (SSN, date) group (stage 0200).';

create table conflict.pairing_user_snapshot (
    "User Id" text not null,
    "User Fullname" text,
    constraint pairing_user_snapshot_pkey primary key ("User Id")
);

comment on table conflict.pairing_user_snapshot is
    'ConflictDb: analytics.dimuser names as the last pairing saw them (dimuser has no change stamp).';

grant select, insert, update, delete, truncate
    on conflict.pairing_runs, conflict.pairing_scope, conflict.pairing_detected, conflict.pairing_user_snapshot
    to conflict_pipeline;
grant select on conflict.pairing_runs to conflict_app;
