-- 0150_determine_pairing_scope.sql
-- ports: UPDATE_DATA_CONFLICTVISITMAPS (TASK_02_0), the scope step: no statement of the original; it
--        decides which (SSN, date) groups tonight's pairing (0200 for TASK_02_0, 0300 for TASK_03_0)
--        has to pair again
-- reads: conflict.pairing_runs, conflict.pairing_user_snapshot, conflict.settings, conflict.mph,
--        conflict.excluded_agency, conflict.excluded_ssn, conflict.conflictvisitmaps,
--        analytics.factvisitcallperformance_cr, analytics.dimcaregiver, analytics.dimprovider,
--        analytics.dimoffice, analytics.dimpatient, analytics.dimpatientaddress, analytics.dimpayer,
--        analytics.dimcontract, analytics.dimservicecode, analytics.dimuser
-- writes: conflict.pairing_runs (this run's row), conflict.pairing_scope (this run's groups, earlier
--        runs' groups removed), conflict.pairing_user_snapshot
-- idempotent: the row and the groups are keyed by this run; a second run of the night compares against
--        the first, finds nothing changed and pairs no group again (its 0200 only re-stamps the pairs)
--
-- Why (db/README.md, "Delta-scoped pairing"): the original pairs every visit of the two-year window
-- every night. A pair only ever joins two visits of one caregiver person (trimmed SSN) on one date, so
-- the result for an (SSN, date) group can change only when one of its visits, a dimension row those
-- visits reference, the reference rows or the window change. This stage finds those groups; 0200 and
-- 0300 pair them exactly as the full night does, and 0200 re-stamps the stored pairs of every other
-- group the way the full night would have. A full night is chosen instead when there is nothing to
-- compare against, when the reference rows changed, when the runner asks for it (Run:Pairing=full),
-- or when the last full night is older than Run:FullPairingEveryDays.
--
-- A visit counts as changed when:
--   - its load stamp "Updated Datatimestamp" is later than the highest one the baseline run saw, or NULL
--     (the sync stamps every row it writes, so an update or a move to another date is seen);
--   - a dimension row it references (caregiver, provider, office, provider or payer patient, their GPS
--     addresses, payer, contract, service code) has a later or NULL "Updated Datatimestamp";
--   - its updating user's name differs from pairing_user_snapshot (dimuser carries no stamp);
--   - it was deleted: its row in the deleted visit fact has a later load stamp (a full reload of the
--     visit fact, which can drop visits without such a row, makes the night full).
-- The dirty groups are the current (SSN, date) of every changed visit, the stored (SSN, VisitDate) of
-- every conflictvisitmaps row naming a changed or deleted visit, the groups of stored rows without a
-- CONFLICTID or created since the baseline
-- night, the groups of detected pairs whose stored rows the last night did not refresh, and every
-- group on the dates that entered the window's far end since the baseline. More groups than needed would
-- only cost time; a group missed would be wrong, so every test errs towards inclusion.


-- 1. what the pairing reads besides the analytics tables: the rows of the reference tables, as one
--    digest (the settings columns the rules read, not the run flags TASK_01 and TASK_05 flip)
create temp table pairing_inputs on commit drop as
select
    md5(concat_ws(
        '|',
        (
            select string_agg(concat_ws(',', s."ID", s."ExtraDistancePer"), ';' order by s."ID", s."ExtraDistancePer")
            from conflict.settings as s
        ),
        (
            select string_agg(m::text, ';' order by m::text)
            from conflict.mph as m
        ),
        (
            select string_agg(coalesce(ea."ProviderID", '<null>'), ';' order by ea."ProviderID")
            from conflict.excluded_agency as ea
        ),
        (
            select string_agg(coalesce(es."SSN", '<null>'), ';' order by es."SSN")
            from conflict.excluded_ssn as es
        )
    )) as reference_digest,
    (select max("Updated Datatimestamp") from analytics.factvisitcallperformance_cr) as visits_through,
    (select max("Updated Datatimestamp") from analytics.factvisitcallperformance_deleted_cr) as deleted_visits_through,
    (
        select sw.synced_at
        from analytics.sync_watermarks as sw
        where sw.table_name = 'factvisitcallperformance_cr'
            and sw.full_reload
    ) as visits_full_sync_at,
    (select max("Updated Datatimestamp") from analytics.dimcaregiver) as caregivers_through,
    (select max("Updated Datatimestamp") from analytics.dimprovider) as providers_through,
    (select max("Updated Datatimestamp") from analytics.dimoffice) as offices_through,
    (select max("Updated Datatimestamp") from analytics.dimpatient) as patients_through,
    (select max("Updated Datatimestamp") from analytics.dimpatientaddress) as patient_addresses_through,
    (select max("Updated Datatimestamp") from analytics.dimpayer) as payers_through,
    (select max("Updated Datatimestamp") from analytics.dimcontract) as contracts_through,
    (select max("Updated Datatimestamp") from analytics.dimservicecode) as service_codes_through;


-- 2. this run's mode: the first reason for a full night wins, else a delta against the previous run
insert into conflict.pairing_runs (
    run_id,
    as_of,
    mode,
    reason,
    baseline_run_id,
    visits_through,
    deleted_visits_through,
    visits_full_sync_at,
    caregivers_through,
    providers_through,
    offices_through,
    patients_through,
    patient_addresses_through,
    payers_through,
    contracts_through,
    service_codes_through,
    reference_digest
)
with this_run as (
    select
        current_setting('conflictdb.run_id')::bigint as run_id,
        current_setting('conflictdb.as_of')::timestamp as as_of,
        coalesce(nullif(current_setting('conflictdb.pairing', true), ''), 'auto') as requested,
        coalesce(nullif(current_setting('conflictdb.full_pairing_every_days', true), ''), '0')::integer
            as full_every_days
),

previous_run as (
    select pr.*
    from conflict.pairing_runs as pr
    where pr.run_id <> (select run_id from this_run)
    order by pr.run_id desc
    limit 1
),

last_full_run as (
    select max(pr.as_of) as as_of
    from conflict.pairing_runs as pr
    where pr.mode = 'full'
        and pr.completed
),

decision as (
    select
        case
            when r.requested = 'full' then 'requested (Run:Pairing=full)'
            when p.run_id is null then 'no earlier pairing run to compare against'
            when not p.completed then format('the previous pairing run %s did not complete (mode %s)', p.run_id, p.mode)
            when p.as_of > r.as_of then format('as-of %s is earlier than that of run %s (%s)', r.as_of, p.run_id, p.as_of)
            when p.reference_digest <> i.reference_digest
                then 'reference rows changed (settings, mph, excluded_agency or excluded_ssn)'
            when i.visits_full_sync_at is not null
                and i.visits_full_sync_at is distinct from p.visits_full_sync_at
                then format('the visit fact was reloaded in full at %s (sync --full)', i.visits_full_sync_at)
            when r.full_every_days > 0
                and (lf.as_of is null or lf.as_of::date <= r.as_of::date - r.full_every_days)
                then format('no full pairing within %s days (Run:FullPairingEveryDays)', r.full_every_days)
        end as full_reason,
        p.run_id as previous_run_id
    from this_run as r
    cross join pairing_inputs as i
    cross join last_full_run as lf
    left join previous_run as p
        on true
)

select
    r.run_id,
    r.as_of,
    case when d.full_reason is null then 'delta' else 'full' end,
    coalesce(d.full_reason, format('changes since run %s', d.previous_run_id)),
    case when d.full_reason is null then d.previous_run_id end,
    i.visits_through,
    i.deleted_visits_through,
    i.visits_full_sync_at,
    i.caregivers_through,
    i.providers_through,
    i.offices_through,
    i.patients_through,
    i.patient_addresses_through,
    i.payers_through,
    i.contracts_through,
    i.service_codes_through,
    i.reference_digest
from this_run as r
cross join pairing_inputs as i
cross join decision as d
-- why: the stage may run again in the same run (a manual re-run); the later decision wins
on conflict (run_id) do update
set
    as_of = excluded.as_of,
    mode = excluded.mode,
    reason = excluded.reason,
    baseline_run_id = excluded.baseline_run_id,
    visits_through = excluded.visits_through,
    deleted_visits_through = excluded.deleted_visits_through,
    visits_full_sync_at = excluded.visits_full_sync_at,
    caregivers_through = excluded.caregivers_through,
    providers_through = excluded.providers_through,
    offices_through = excluded.offices_through,
    patients_through = excluded.patients_through,
    patient_addresses_through = excluded.patient_addresses_through,
    payers_through = excluded.payers_through,
    contracts_through = excluded.contracts_through,
    service_codes_through = excluded.service_codes_through,
    reference_digest = excluded.reference_digest,
    completed = false;


-- 3. the groups of earlier runs are no longer needed, and a re-run of this stage computes its own anew
delete from conflict.pairing_scope as ps
where true;


-- 4. the baseline run's row (none in a full night), then the dimension rows that changed since it
create temp table baseline on commit drop as
select b.*
from conflict.pairing_runs as r
inner join conflict.pairing_runs as b
    on b.run_id = r.baseline_run_id
where r.run_id = current_setting('conflictdb.run_id')::bigint
    and r.mode = 'delta';

create temp table changed_dimension_keys on commit drop as
select
    'caregiver' as dimension,
    d."Caregiver Id" as key
from analytics.dimcaregiver as d
cross join baseline as b
where d."Updated Datatimestamp" is null
    or d."Updated Datatimestamp" > coalesce(b.caregivers_through, '-infinity')
union all
select
    'provider',
    d."Provider Id"
from analytics.dimprovider as d
cross join baseline as b
where d."Updated Datatimestamp" is null
    or d."Updated Datatimestamp" > coalesce(b.providers_through, '-infinity')
union all
select
    'office',
    d."Office Id"
from analytics.dimoffice as d
cross join baseline as b
where d."Updated Datatimestamp" is null
    or d."Updated Datatimestamp" > coalesce(b.offices_through, '-infinity')
union all
select
    'patient',
    d."Patient Id"
from analytics.dimpatient as d
cross join baseline as b
where d."Updated Datatimestamp" is null
    or d."Updated Datatimestamp" > coalesce(b.patients_through, '-infinity')
union all
-- why: a new or changed address can change which address is the patient's latest GPS address
select
    'patient',
    d."Patient Id"
from analytics.dimpatientaddress as d
cross join baseline as b
where d."Updated Datatimestamp" is null
    or d."Updated Datatimestamp" > coalesce(b.patient_addresses_through, '-infinity')
union all
select
    'payer',
    d."Payer Id"
from analytics.dimpayer as d
cross join baseline as b
where d."Updated Datatimestamp" is null
    or d."Updated Datatimestamp" > coalesce(b.payers_through, '-infinity')
union all
select
    'contract',
    d."Contract Id"
from analytics.dimcontract as d
cross join baseline as b
where d."Updated Datatimestamp" is null
    or d."Updated Datatimestamp" > coalesce(b.contracts_through, '-infinity')
union all
select
    'service code',
    d."Service Code Id"
from analytics.dimservicecode as d
cross join baseline as b
where d."Updated Datatimestamp" is null
    or d."Updated Datatimestamp" > coalesce(b.service_codes_through, '-infinity')
union all
-- a user added, removed or renamed since the snapshot (dimuser has no change stamp)
select
    'user',
    coalesce(u."User Id", s."User Id")
from analytics.dimuser as u
full join conflict.pairing_user_snapshot as s
    on s."User Id" = u."User Id"
cross join baseline as b
where u."User Id" is null
    or s."User Id" is null
    or u."User Fullname" is distinct from s."User Fullname";

create index on changed_dimension_keys (dimension, key);

analyze changed_dimension_keys;


-- 5. the visits that changed, by their own stamp or through a dimension row; each branch an equi-join
--    or an index range, so a night without dimension changes reads only the visits loaded since.
--    why a setting: the planner estimates a range on current_setting() with its value (an index range
--    over the night's rows), where a value from a join would be a guess of a third of the table;
--    'infinity' on a full night, which has no baseline and no changed visit
select set_config(
    'conflictdb.visits_loaded_after',
    coalesce(
        (
            select coalesce(b.visits_through, '-infinity')::text
            from conflict.pairing_runs as r
            inner join conflict.pairing_runs as b
                on b.run_id = r.baseline_run_id
            where r.run_id = current_setting('conflictdb.run_id')::bigint
                and r.mode = 'delta'
        ),
        'infinity'
    ),
    true
);

create temp table changed_visits on commit drop as
select
    cr."Visit Id",
    cr."Visit Date",
    cr."Caregiver Id"
from analytics.factvisitcallperformance_cr as cr
where cr."Updated Datatimestamp" > current_setting('conflictdb.visits_loaded_after')::timestamp
union
select
    cr."Visit Id",
    cr."Visit Date",
    cr."Caregiver Id"
from analytics.factvisitcallperformance_cr as cr
cross join baseline as b
where cr."Updated Datatimestamp" is null
union
-- visits deleted since the baseline: the sync loads them into the deleted fact (stamped) and removes
-- them from the visit fact, so their stored pairs' groups are found through the rows here
select
    dc."Visit Id",
    dc."Visit Date",
    dc."Caregiver Id"
from analytics.factvisitcallperformance_deleted_cr as dc
cross join baseline as b
where dc."Updated Datatimestamp" > coalesce(b.deleted_visits_through, '-infinity')
    or dc."Updated Datatimestamp" is null
union
-- why lateral: one index range per changed caregiver; a join is planned as a scan of the whole fact
-- (the planner prices a probe into every month)
select
    cr."Visit Id",
    cr."Visit Date",
    cr."Caregiver Id"
from changed_dimension_keys as k
cross join lateral (
    select
        fcr."Visit Id",
        fcr."Visit Date",
        fcr."Caregiver Id"
    from analytics.factvisitcallperformance_cr as fcr
    where fcr."Caregiver Id" = k.key
    -- why offset 0: a plain lateral subquery is flattened into a join, and the join can still be planned
    -- as a scan of the whole fact; the fence keeps it a probe per key
    offset 0
) as cr
where k.dimension = 'caregiver'
union
select
    cr."Visit Id",
    cr."Visit Date",
    cr."Caregiver Id"
from changed_dimension_keys as k
inner join analytics.factvisitcallperformance_cr as cr
    on cr."Provider Id" = k.key
where k.dimension = 'provider'
union
select
    cr."Visit Id",
    cr."Visit Date",
    cr."Caregiver Id"
from changed_dimension_keys as k
inner join analytics.factvisitcallperformance_cr as cr
    on cr."Office Id" = k.key
where k.dimension = 'office'
union
select
    cr."Visit Id",
    cr."Visit Date",
    cr."Caregiver Id"
from changed_dimension_keys as k
inner join analytics.factvisitcallperformance_cr as cr
    on cr."Provider Patient Id" = k.key
where k.dimension = 'patient'
union
select
    cr."Visit Id",
    cr."Visit Date",
    cr."Caregiver Id"
from changed_dimension_keys as k
inner join analytics.factvisitcallperformance_cr as cr
    on cr."Payer Patient Id" = k.key
where k.dimension = 'patient'
union
select
    cr."Visit Id",
    cr."Visit Date",
    cr."Caregiver Id"
from changed_dimension_keys as k
inner join analytics.factvisitcallperformance_cr as cr
    on cr."Payer Id" = k.key
where k.dimension = 'payer'
union
select
    cr."Visit Id",
    cr."Visit Date",
    cr."Caregiver Id"
from changed_dimension_keys as k
inner join analytics.factvisitcallperformance_cr as cr
    on cr."Contract Id" = k.key
where k.dimension = 'contract'
union
select
    cr."Visit Id",
    cr."Visit Date",
    cr."Caregiver Id"
from changed_dimension_keys as k
inner join analytics.factvisitcallperformance_cr as cr
    on cr."Service Code Id" = k.key
where k.dimension = 'service code'
union
select
    cr."Visit Id",
    cr."Visit Date",
    cr."Caregiver Id"
from changed_dimension_keys as k
inner join analytics.factvisitcallperformance_cr as cr
    on cr."Visit Updated User Id" = k.key
where k.dimension = 'user';

create index on changed_visits ("Visit Id");

analyze changed_visits;


-- 6. the dirty (SSN, date) groups of a delta run
insert into conflict.pairing_scope (
    run_id,
    "SSN",
    "VisitDate"
)
with this_run as (
    select
        r.run_id,
        (r.as_of - interval '2 years')::date as window_first_day,
        (r.as_of + interval '45 days')::date as window_last_day,
        (b.as_of + interval '45 days')::date as previous_last_day,
        b.as_of as previous_as_of
    from conflict.pairing_runs as r
    inner join conflict.pairing_runs as b
        on b.run_id = r.baseline_run_id
    where r.run_id = current_setting('conflictdb.run_id')::bigint
        and r.mode = 'delta'
),

-- the stored rows that make their groups dirty, found in one read of conflictvisitmaps (four separate
-- branches read the whole table four times: SF 5 night 3, 5.1 s of 7.0 s):
-- - a changed visit was paired there before (as the primary or the conflicting visit);
-- - TASK_03_0 inserted the row since the baseline night: TASK_02_0's refresh writes some columns
--   differently (and detection of a pair with a stored row is what pairing_detected records), so the
--   full night would rewrite it;
-- - the last night did not refresh the row (written by anything else since): if its pair was detected,
--   the full night would refresh it
stored_rows_to_pair_again as materialized (
    select
        s.*
    from (
        select
            cvm."SSN",
            cvm."VisitDate",
            cvm."VisitID",
            cvm."ConVisitID",
            cvm."VisitID" in (
                select cv."Visit Id"
                from changed_visits as cv
            )
            or cvm."ConVisitID" in (
                select cv."Visit Id"
                from changed_visits as cv
            )
            or cvm."CreatedDate" >= r.previous_as_of as changed_or_new,
            cvm."UpdatedDate" is distinct from r.previous_as_of as not_refreshed
        from conflict.conflictvisitmaps as cvm
        cross join this_run as r
    ) as s
    where s.changed_or_new
        or s.not_refreshed
),

dirty_groups as (
    -- where a changed visit is now
    select
        trim(car."SSN") as ssn,
        cv."Visit Date"::date as visit_date
    from changed_visits as cv
    inner join analytics.dimcaregiver as car
        on car."Caregiver Id" = cv."Caregiver Id"
    union
    -- where a changed visit was paired before, and the groups of the rows inserted since the baseline
    select
        s."SSN",
        s."VisitDate"
    from stored_rows_to_pair_again as s
    where s.changed_or_new
    union
    -- stored rows without a CONFLICTID (TASK_04 leaves rows with a NULL key un-numbered for good): the
    -- full night's refresh may give them one, so their groups are paired again every night
    select
        cvm."SSN",
        cvm."VisitDate"
    from conflict.conflictvisitmaps as cvm
    cross join this_run as r
    where cvm."CONFLICTID" is null
        and cvm."VisitDate" between r.window_first_day and r.window_last_day
    union
    -- detected pairs whose stored rows the last night did not refresh
    select
        d."SSN",
        d."VisitDate"
    from stored_rows_to_pair_again as s
    inner join conflict.pairing_detected as d
        on d."VisitID" = s."VisitID"
        and d."ConVisitID" = s."ConVisitID"
    where s.not_refreshed
    union
    -- the days that entered the window's far end since the baseline run
    select
        trim(car."SSN"),
        cr."Visit Date"::date
    from this_run as r
    inner join analytics.factvisitcallperformance_cr as cr
        on cr."Visit Date" >= (r.previous_last_day + 1)::timestamp
        and cr."Visit Date" < (r.window_last_day + 1)::timestamp
    inner join analytics.dimcaregiver as car
        on car."Caregiver Id" = cr."Caregiver Id"
)

select
    r.run_id,
    g.ssn,
    g.visit_date
from dirty_groups as g
cross join this_run as r
-- why: a group without a usable SSN never pairs (the projection drops blank SSNs)
where g.ssn is not null
    and g.ssn <> ''
    and g.visit_date is not null
on conflict do nothing;

analyze conflict.pairing_scope;


-- 7. what this run saw, for the journal and the next run
update conflict.pairing_runs as pr
set
    changed_visits = case when pr.mode = 'delta' then (select count(*) from changed_visits) end,
    scope_groups = case
        when pr.mode = 'delta' then (
            select count(*)
            from conflict.pairing_scope as ps
            where ps.run_id = pr.run_id
        )
    end
where pr.run_id = current_setting('conflictdb.run_id')::bigint;


-- 8. the user names as this run saw them
delete from conflict.pairing_user_snapshot as s
where not exists (
        select 1
        from analytics.dimuser as u
        where u."User Id" = s."User Id"
            and u."User Fullname" is not distinct from s."User Fullname"
    );

insert into conflict.pairing_user_snapshot (
    "User Id",
    "User Fullname"
)
select
    u."User Id",
    u."User Fullname"
from analytics.dimuser as u
where not exists (
        select 1
        from conflict.pairing_user_snapshot as s
        where s."User Id" = u."User Id"
    );
