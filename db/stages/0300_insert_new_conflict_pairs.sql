-- 0300_insert_new_conflict_pairs.sql
-- ports: INSERT_DATA_FROM_MAIN_TO_CONFLICTVISITMAPS (TASK_03_0)
-- reads: analytics.factvisitcallperformance_cr, analytics.dimcaregiver, analytics.dimprovider,
--      analytics.dimoffice, analytics.dimpatient, analytics.dimpatientaddress, analytics.dimpayer,
--      analytics.dimcontract, analytics.dimservicecode, analytics.dimuser, conflict.conflictvisitmaps,
--      conflict.settings, conflict.mph, conflict.excluded_agency, conflict.excluded_ssn,
--      conflict.pairing_runs, conflict.pairing_scope (0150)
-- writes: conflict.conflictvisitmaps (insert only), conflict.pairing_runs (a 'partial' row when the run
--      has none: 0150 did not run)
-- idempotent: inserts only pairs whose ("VisitID","ConVisitID") is absent from conflictvisitmaps before
--      the insert, so a second run the same night finds every pair present and inserts nothing
--
-- What it does: every ordered pair (A, B) of not-missed visits of one caregiver person (same trimmed
-- SSN) on the same local visit date at two different providers, inside the window as_of - 2 years ..
-- as_of + 45 days, that satisfies at least one of the seven time/distance rules and is not yet in
-- conflictvisitmaps, is inserted with the rule flags, the travel metrics and the CONFLICTID already
-- held by A's existing rows (rules-task03-06.md section 2).
--
-- How (scale): the original joins two full visit projections of the window. Here the rule-relevant
-- columns of the window's visits are projected once into a narrow temp table, self-joined on
-- (SSN, visit date) as a hash equi-join, filtered by the rules, anti-joined against existing pairs,
-- and only the visits of the surviving new pairs get the wide ~100-column projection (by primary
-- key). Every temp table is analyzed before it is joined. On a delta night (0150) only the visits of
-- the dirty (SSN, date) groups are projected (db/README.md, "Delta-scoped pairing").

-- why: PLongitude/PLatitude hold the text of a double (below); pin the shortest round-trip output
set local extra_float_digits = 1;

-- this run's pairing mode (0150, see 0200); a run without 0150 pairs in full and records itself as
-- 'partial', so that the next run does not compare against it
insert into conflict.pairing_runs (
    run_id,
    as_of,
    mode,
    reason,
    reference_digest
)
values (
    current_setting('conflictdb.run_id')::bigint,
    current_setting('conflictdb.as_of')::timestamp,
    'partial',
    'a pairing stage ran without stage 0150',
    ''
)
on conflict (run_id) do nothing;

create temp table pairing_mode on commit drop as
select pr.mode
from conflict.pairing_runs as pr
where pr.run_id = current_setting('conflictdb.run_id')::bigint;

-- latest primary GPS-type address per patient (the original's DPAD_P / DPAD_PA subqueries, rn = 1);
-- used for the provider patient (coordinates, zip, address) and the payer patient (address)
create temp table latest_gps_address on commit drop as
select distinct on (dpad."Patient Id")
    dpad."Patient Id",
    dpad."Patient Address Id",
    dpad."Application Patient Address Id",
    dpad."Address Line 1",
    dpad."Address Line 2",
    dpad."City",
    dpad."Address State",
    dpad."Zip Code",
    dpad."County",
    dpad."Longitude",
    dpad."Latitude"
from analytics.dimpatientaddress as dpad
where dpad."Primary Address" = true
    and dpad."Address Type" like '%GPS%'
    and dpad."Patient Id" is not null
order by
    dpad."Patient Id",
    -- Snowflake sorts NULL as the largest value: DESC puts a NULL creation time first
    dpad."Application Created UTC Timestamp" desc nulls first,
    -- nondeterministic in Snowflake: ROW_NUMBER() over equal creation times picks any address;
    -- we take the smallest "Patient Address Id" (byte order)
    dpad."Patient Address Id" collate "C";

-- why an index: the wide projection below looks a few patients up; a misestimated nested loop stays a probe
create index on latest_gps_address ("Patient Id");

analyze latest_gps_address;

-- the visit projection, narrow: only what pairing, the rules and the guard need, once per visit
-- of the window (the joins and filters of the original's V1/V2 subqueries)
create temp table visits_in_window on commit drop as
select
    cr."Visit Id" as visit_id,
    -- the partition key, kept to fetch the wide projection by primary key later
    cr."Visit Date" as visit_ts,
    cr."Visit Date"::date as visit_date,
    trim(car."SSN") as ssn,
    cr."Provider Id" as provider_id,
    cr."Scheduled Start Time" as sch_start,
    cr."Scheduled End Time" as sch_end,
    cr."Visit Start Time" as visit_start,
    cr."Visit End Time" as visit_end,
    -- quirk: the original takes a GPS string apart with REPLACE(SPLIT(gps, ',')[k], '"', CAST(NULL AS
    -- NUMBER)), which is NULL because REPLACE is NULL-strict. So a visit with any usable call-in or
    -- call-out GPS string (not NULL and not ',', '' included) has no coordinates at all, and only
    -- visits without one fall back to the patient's address (rules-task03-06.md 1.2, G10)
    case when gps.has_gps then null else adr."Longitude" end as longitude,
    case when gps.has_gps then null else adr."Latitude" end as latitude,
    adr."Zip Code" as p_zip_code
from analytics.factvisitcallperformance_cr as cr
inner join analytics.dimcaregiver as car
    on car."Caregiver Id" = cr."Caregiver Id"
    and trim(car."SSN") is not null
    and trim(car."SSN") <> ''
inner join analytics.dimprovider as dpr
    on dpr."Provider Id" = cr."Provider Id"
    and dpr."Is Active" = true
    and dpr."Is Demo" = false
left join analytics.dimpatient as dpa_p
    on dpa_p."Patient Id" = cr."Provider Patient Id"
left join latest_gps_address as adr
    on adr."Patient Id" = dpa_p."Patient Id"
cross join lateral (
    select
        (cr."Call Out GPS Coordinates" is not null and cr."Call Out GPS Coordinates" <> ',')
        or (cr."Call In GPS Coordinates" is not null and cr."Call In GPS Coordinates" <> ',') as has_gps
) as gps
where cr."Is Missed" = false
    -- full night only (a subquery on pairing_runs, not the pairing_mode temp table, keeps the scan
    -- parallel)
    and (
        select pr.mode
        from conflict.pairing_runs as pr
        where pr.run_id = current_setting('conflictdb.run_id')::bigint
    ) is distinct from 'delta'
    -- DATE("Visit Date") between as_of - 2 years and as_of + 45 days, as a half-open range on the
    -- partition key so that the monthly partitions prune
    and cr."Visit Date" >= (current_setting('conflictdb.as_of')::timestamp - interval '2 years')::date
    and cr."Visit Date" < (current_setting('conflictdb.as_of')::timestamp + interval '45 days')::date + 1
    -- quirk: NOT IN, as in the original: one NULL "ProviderID" in excluded_agency makes the predicate
    -- NULL for every visit, and the night inserts nothing (rules-task03-06.md G6)
    and cr."Provider Id" not in (
        select ea."ProviderID"
        from conflict.excluded_agency as ea
    )
    -- excluded_ssn."SSN" is compared untrimmed, as in the original
    and not exists (
        select 1
        from conflict.excluded_ssn as xs
        where xs."SSN" = trim(car."SSN")
    );

-- delta night (0150): the same projection of the dirty groups' visits only; the two statements differ
-- only in where the visits come from (keep them in step)
insert into visits_in_window
select
    cr."Visit Id" as visit_id,
    -- the partition key, kept to fetch the wide projection by primary key later
    cr."Visit Date" as visit_ts,
    cr."Visit Date"::date as visit_date,
    trim(car."SSN") as ssn,
    cr."Provider Id" as provider_id,
    cr."Scheduled Start Time" as sch_start,
    cr."Scheduled End Time" as sch_end,
    cr."Visit Start Time" as visit_start,
    cr."Visit End Time" as visit_end,
    -- quirk: the original takes a GPS string apart with REPLACE(SPLIT(gps, ',')[k], '"', CAST(NULL AS
    -- NUMBER)), which is NULL because REPLACE is NULL-strict. So a visit with any usable call-in or
    -- call-out GPS string (not NULL and not ',', '' included) has no coordinates at all, and only
    -- visits without one fall back to the patient's address (rules-task03-06.md 1.2, G10)
    case when gps.has_gps then null else adr."Longitude" end as longitude,
    case when gps.has_gps then null else adr."Latitude" end as latitude,
    adr."Zip Code" as p_zip_code
from (
    -- delta night (0150): the visits of the dirty (SSN, date) groups only, person by person and day
    -- by day through the indexes on trim("SSN") and ("Caregiver Id", "Visit Date"); a new pair joins
    -- two visits of one group, so the groups nothing changed in cannot hold one
    select
        dcr."Visit Id",
        dcr."Visit Date",
        dcr."Caregiver Id",
        dcr."Provider Id",
        dcr."Provider Patient Id",
        dcr."Scheduled Start Time",
        dcr."Scheduled End Time",
        dcr."Visit Start Time",
        dcr."Visit End Time",
        dcr."Call In GPS Coordinates",
        dcr."Call Out GPS Coordinates",
        dcr."Is Missed"
    from (
        select
            ps."VisitDate",
            scar."Caregiver Id"
        from conflict.pairing_scope as ps
        inner join analytics.dimcaregiver as scar
            on trim(scar."SSN") = ps."SSN"
        where ps.run_id = current_setting('conflictdb.run_id')::bigint
        -- why ordered: consecutive probes then read neighbouring pages of one month's index and heap; in
        -- hash order nearly every probe read a page from outside shared buffers
        order by
            ps."VisitDate",
            scar."Caregiver Id"
    ) as gc
    -- why lateral: one index probe per caregiver and day, pruned to its month at run time; a join is
    -- planned as a scan of the whole fact (the planner prices a probe into every month)
    cross join lateral (
        select
            fcr."Visit Id",
            fcr."Visit Date",
            fcr."Caregiver Id",
            fcr."Provider Id",
            fcr."Provider Patient Id",
            fcr."Scheduled Start Time",
            fcr."Scheduled End Time",
            fcr."Visit Start Time",
            fcr."Visit End Time",
            fcr."Call In GPS Coordinates",
            fcr."Call Out GPS Coordinates",
            fcr."Is Missed"
        from analytics.factvisitcallperformance_cr as fcr
        where fcr."Caregiver Id" = gc."Caregiver Id"
            and fcr."Visit Date" >= gc."VisitDate"::timestamp
            and fcr."Visit Date" < (gc."VisitDate" + 1)::timestamp
        -- why offset 0: a plain lateral subquery is flattened into a join, and with many dirty groups the
        -- join was planned as a scan of the whole fact (SF 5 night 3: 38 s); the fence keeps the probes
        offset 0
    ) as dcr
    where (select pm.mode from pairing_mode as pm) = 'delta'
) as cr
inner join analytics.dimcaregiver as car
    on car."Caregiver Id" = cr."Caregiver Id"
    and trim(car."SSN") is not null
    and trim(car."SSN") <> ''
inner join analytics.dimprovider as dpr
    on dpr."Provider Id" = cr."Provider Id"
    and dpr."Is Active" = true
    and dpr."Is Demo" = false
left join analytics.dimpatient as dpa_p
    on dpa_p."Patient Id" = cr."Provider Patient Id"
left join latest_gps_address as adr
    on adr."Patient Id" = dpa_p."Patient Id"
cross join lateral (
    select
        (cr."Call Out GPS Coordinates" is not null and cr."Call Out GPS Coordinates" <> ',')
        or (cr."Call In GPS Coordinates" is not null and cr."Call In GPS Coordinates" <> ',') as has_gps
) as gps
where cr."Is Missed" = false
    -- DATE("Visit Date") between as_of - 2 years and as_of + 45 days, as a half-open range on the
    -- partition key so that the monthly partitions prune
    and cr."Visit Date" >= (current_setting('conflictdb.as_of')::timestamp - interval '2 years')::date
    and cr."Visit Date" < (current_setting('conflictdb.as_of')::timestamp + interval '45 days')::date + 1
    -- quirk: NOT IN, as in the original: one NULL "ProviderID" in excluded_agency makes the predicate
    -- NULL for every visit, and the night inserts nothing (rules-task03-06.md G6)
    and cr."Provider Id" not in (
        select ea."ProviderID"
        from conflict.excluded_agency as ea
    )
    -- excluded_ssn."SSN" is compared untrimmed, as in the original
    and not exists (
        select 1
        from conflict.excluded_ssn as xs
        where xs."SSN" = trim(car."SSN")
    );

analyze visits_in_window;

-- quirk: the original's duplicate guard compares NVL(NULLIF(id, ''), '9999999') on both sides, so an
-- empty VisitID, a NULL and the literal '9999999' are one key. For ordinary ids that is plain equality
-- on ("VisitID", "ConVisitID") (index, below); the existing rows with such a placeholder id are
-- collected here (a handful at most, found through the two visit-id indexes) for the exact test
create temp table existing_placeholder_pairs on commit drop as
select distinct
    coalesce(nullif(cvm."VisitID", ''), '9999999') as visit_key,
    coalesce(nullif(cvm."ConVisitID", ''), '9999999') as con_visit_key
from conflict.conflictvisitmaps as cvm
where cvm."VisitID" is null
    or cvm."VisitID" in ('', '9999999')
    or cvm."ConVisitID" is null
    or cvm."ConVisitID" in ('', '9999999');

analyze existing_placeholder_pairs;

-- every ordered pair that satisfies a rule, with its travel metrics and the seven rule flags, one
-- row per (pair, settings row, matching MPH band): the original cross-joins SETTINGS and left-joins
-- MPH, so several settings rows or overlapping bands give several rows. Materialized and analyzed
-- before the guard because the planner cannot estimate the (SSN, date) self-join (about as many
-- rows as conflictvisitmaps holds for the window, nearly all of them already present)
create temp table qualifying_pairs on commit drop as
with pair_candidates as (
    select
        a.visit_id,
        a.visit_ts,
        b.visit_id as con_visit_id,
        b.visit_ts as con_visit_ts,
        a.visit_date,
        a.sch_start as a_sch_start,
        a.sch_end as a_sch_end,
        a.visit_start as a_visit_start,
        a.visit_end as a_visit_end,
        b.sch_start as b_sch_start,
        b.sch_end as b_sch_end,
        b.visit_start as b_visit_start,
        b.visit_end as b_visit_end,
        a.longitude as a_longitude,
        a.latitude as a_latitude,
        b.longitude as b_longitude,
        b.latitude as b_latitude,
        a.p_zip_code as a_p_zip_code,
        b.p_zip_code as b_p_zip_code
    from visits_in_window as a
    inner join visits_in_window as b
        on b.ssn = a.ssn
        and b.visit_date = a.visit_date
        and b.provider_id <> a.provider_id
        and b.visit_id <> a.visit_id
),

-- the original's travel metrics, in double precision as in Snowflake (FLOAT after ST_DISTANCE)
pair_metrics as (
    select
        pc.*,
        miles.miles_2dp,
        miles.miles_whole,
        mph."AverageMilesPerHour" as average_mph,
        -- ETA in minutes rounded to 2 decimals (double, half away from zero like the engine's ROUND)
        (
            trunc(eta.eta_x100)
            + case when abs(eta.eta_x100 - trunc(eta.eta_x100)) >= 0.5 then sign(eta.eta_x100) else 0 end
        ) / 100::float8 as eta_minutes,
        -- DATEDIFF(minute, A end, B start) and DATEDIFF(minute, B end, A start): minute boundaries crossed
        ((date_part('epoch', date_trunc('minute', pc.b_visit_start))
            - date_part('epoch', date_trunc('minute', pc.a_visit_end))) / 60)::bigint as gap_a_to_b,
        ((date_part('epoch', date_trunc('minute', pc.a_visit_start))
            - date_part('epoch', date_trunc('minute', pc.b_visit_end))) / 60)::bigint as gap_b_to_a
    from pair_candidates as pc
    cross join conflict.settings as sett
    -- great-circle metres on a sphere of radius 6 371 010 m (ST_DISTANCE of two GEOGRAPHY points),
    -- then quirk: divided by 1609 (not 1609.344) and scaled by "ExtraDistancePer"; NULL when any
    -- coordinate is NULL
    cross join lateral (
        select
            2 * 6371010 * asin(sqrt(
                power(sin(radians(pc.b_latitude - pc.a_latitude) / 2), 2)
                + cos(radians(pc.a_latitude)) * cos(radians(pc.b_latitude))
                    * power(sin(radians(pc.b_longitude - pc.a_longitude) / 2), 2)
            )) / 1609 * sett."ExtraDistancePer"::float8 as miles
        -- why: offset 0 keeps the planner from copying this expression into each of its six
        -- references below (the distance would be computed up to ten times per pair)
        offset 0
    ) as dist
    -- ROUND(miles, 2) and ROUND(miles) on a double: half away from zero on the binary value
    cross join lateral (
        select
            (
                trunc(dist.miles * 100)
                + case when abs(dist.miles * 100 - trunc(dist.miles * 100)) >= 0.5 then sign(dist.miles * 100) else 0 end
            ) / 100::float8 as miles_2dp,
            trunc(dist.miles)
                + case when abs(dist.miles - trunc(dist.miles)) >= 0.5 then sign(dist.miles) else 0 end as miles_whole
    ) as miles
    -- the band that holds the 2-decimal miles, both ends inclusive (overlapping bands: one row each)
    left join conflict.mph as mph
        on miles.miles_2dp between mph."From" and mph."To"
    -- quirk: the ETA uses ROUND(miles) without a scale, i.e. whole miles, while the distance column
    -- and the band lookup use 2 decimals (rules-task03-06.md 2.4, T4)
    cross join lateral (
        select miles.miles_whole / mph."AverageMilesPerHour"::float8 * 60 * 100 as eta_x100
    ) as eta
),

-- the seven rules as the insert applies them (rules-task03-06.md 2.4); the original compares
-- CONCAT(start, '~', end) strings, which is NULL (false) when any of the four times is NULL, so
-- "same" and "not same" both require four non-NULL times (where "not same" appears, the strict
-- overlap test next to it already requires them). Overlaps are strict: touching intervals do not
-- overlap.
pair_rules as (
    select
        pm.*,
        coalesce(
            pm.a_visit_start is null and pm.a_visit_end is null
            and pm.b_visit_start is null and pm.b_visit_end is null
            and pm.a_sch_start = pm.b_sch_start and pm.a_sch_end = pm.b_sch_end
            -- quirk: R1 only for today's and future visits
            and pm.visit_date >= current_setting('conflictdb.as_of')::timestamp::date,
            false) as same_sch_time,
        coalesce(
            pm.a_visit_start is not null and pm.a_visit_end is not null
            and pm.b_visit_start is not null and pm.b_visit_end is not null
            and pm.a_visit_start = pm.b_visit_start and pm.a_visit_end = pm.b_visit_end,
            false) as same_visit_time,
        coalesce(
            (pm.b_visit_start is null and pm.b_visit_end is null
                and pm.a_visit_start is not null and pm.a_visit_end is not null
                and pm.b_sch_start = pm.a_visit_start and pm.b_sch_end = pm.a_visit_end)
            or (pm.a_visit_start is null and pm.a_visit_end is null
                and pm.b_visit_start is not null and pm.b_visit_end is not null
                and pm.a_sch_start = pm.b_visit_start and pm.a_sch_end = pm.b_visit_end),
            false) as sch_and_visit_time_same,
        coalesce(
            pm.a_visit_start is null and pm.a_visit_end is null
            and pm.b_visit_start is null and pm.b_visit_end is null
            and pm.a_sch_start < pm.b_sch_end and pm.a_sch_end > pm.b_sch_start
            and not (pm.a_sch_start = pm.b_sch_start and pm.a_sch_end = pm.b_sch_end)
            -- quirk: R4 only for today's and future visits
            and pm.visit_date >= current_setting('conflictdb.as_of')::timestamp::date,
            false) as sch_over_another_sch_time,
        coalesce(
            pm.a_visit_start is not null and pm.a_visit_end is not null
            and pm.b_visit_start is not null and pm.b_visit_end is not null
            and pm.a_visit_start < pm.b_visit_end and pm.a_visit_end > pm.b_visit_start
            and not (pm.a_visit_start = pm.b_visit_start and pm.a_visit_end = pm.b_visit_end),
            false) as visit_time_over_another_visit_time,
        coalesce(
            (pm.a_visit_start is null and pm.a_visit_end is null
                and pm.b_visit_start is not null and pm.b_visit_end is not null
                and pm.a_sch_start < pm.b_visit_end and pm.a_sch_end > pm.b_visit_start
                and not (pm.a_sch_start = pm.b_visit_start and pm.a_sch_end = pm.b_visit_end))
            or (pm.b_visit_start is null and pm.b_visit_end is null
                and pm.a_visit_start is not null and pm.a_visit_end is not null
                and pm.b_sch_start < pm.a_visit_end and pm.b_sch_end > pm.a_visit_start
                and not (pm.b_sch_start = pm.a_visit_start and pm.b_sch_end = pm.a_visit_end)),
            false) as sch_time_over_visit_time,
        coalesce(
            pm.a_longitude is not null and pm.a_latitude is not null
            and pm.b_longitude is not null and pm.b_latitude is not null
            and pm.a_visit_start is not null and pm.a_visit_end is not null
            and pm.b_visit_start is not null and pm.b_visit_end is not null
            -- quirk: the zip test reads the provider patient's address zip (P_PZipCode); it fails
            -- only when both zips are present and equal
            and coalesce(pm.a_p_zip_code <> pm.b_p_zip_code, true)
            and pm.average_mph is not null
            and ((pm.gap_a_to_b > 0 and pm.eta_minutes > pm.gap_a_to_b)
                or (pm.gap_b_to_a > 0 and pm.eta_minutes > pm.gap_b_to_a)),
            false) as distance
    from pair_metrics as pm
)

select
    pr.visit_id,
    pr.visit_ts,
    pr.con_visit_id,
    pr.con_visit_ts,
    -- ABS(DATEDIFF(minute, A."VisitEndTime", B."VisitStartTime")): despite its name it uses visit times
    abs(pr.gap_a_to_b) as minute_diff_between_sch,
    pr.miles_2dp,
    pr.average_mph,
    pr.eta_minutes,
    case when pr.same_sch_time then 'Y' else 'N' end as same_sch_time_flag,
    case when pr.same_visit_time then 'Y' else 'N' end as same_visit_time_flag,
    case when pr.sch_and_visit_time_same then 'Y' else 'N' end as sch_and_visit_time_same_flag,
    case when pr.sch_over_another_sch_time then 'Y' else 'N' end as sch_over_another_sch_time_flag,
    case when pr.visit_time_over_another_visit_time then 'Y' else 'N' end as visit_time_over_another_visit_time_flag,
    case when pr.sch_time_over_visit_time then 'Y' else 'N' end as sch_time_over_visit_time_flag,
    case when pr.distance then 'Y' else 'N' end as distance_flag
from pair_rules as pr
where pr.same_sch_time
    or pr.same_visit_time
    or pr.sch_and_visit_time_same
    or pr.sch_over_another_sch_time
    or pr.visit_time_over_another_visit_time
    or pr.sch_time_over_visit_time
    or pr.distance;

analyze qualifying_pairs;

-- the new pairs: those whose ("VisitID", "ConVisitID") is not yet in conflictvisitmaps, whatever
-- the existing row's status or date (the guard has no window)
create temp table new_pairs on commit drop as
select
    qp.visit_id,
    qp.visit_ts,
    qp.con_visit_id,
    qp.con_visit_ts,
    qp.minute_diff_between_sch,
    qp.miles_2dp,
    qp.average_mph,
    qp.eta_minutes,
    qp.same_sch_time_flag,
    qp.same_visit_time_flag,
    qp.sch_and_visit_time_same_flag,
    qp.sch_over_another_sch_time_flag,
    qp.visit_time_over_another_visit_time_flag,
    qp.sch_time_over_visit_time_flag,
    qp.distance_flag
from qualifying_pairs as qp
where not exists (
        select 1
        from conflict.conflictvisitmaps as cvm
        where cvm."VisitID" = qp.visit_id
            and cvm."ConVisitID" = qp.con_visit_id
    )
    and not exists (
        select 1
        from existing_placeholder_pairs as epp
        where epp.visit_key = coalesce(nullif(qp.visit_id, ''), '9999999')
            and epp.con_visit_key = coalesce(nullif(qp.con_visit_id, ''), '9999999')
    );

analyze new_pairs;

-- the wide visit projection (the original's V1/V2 column list), only for the visits of new pairs,
-- fetched by the visit fact's primary key
create temp table pair_visits on commit drop as
with wanted_visits as (
    select
        np.visit_id,
        np.visit_ts
    from new_pairs as np
    union
    select
        np.con_visit_id,
        np.con_visit_ts
    from new_pairs as np
)

select
    cr."Visit Id" as visit_id,
    cr."Visit Date" as visit_ts,
    trim(car."SSN") as ssn,
    cr."Provider Id" as provider_id,
    cr."Application Provider Id" as app_provider_id,
    dpr."Provider Name" as provider_name,
    dpr."Phone Number 1" as agency_phone,
    dpr."Federal Tax Number" as federal_tax_number,
    cr."Application Visit Id" as app_visit_id,
    cr."Visit Date"::date as visit_date,
    cr."Scheduled Start Time" as sch_start,
    cr."Scheduled End Time" as sch_end,
    cr."Visit Start Time" as visit_start,
    cr."Visit End Time" as visit_end,
    cr."Call In Time" as evv_start,
    cr."Call Out Time" as evv_end,
    cr."Caregiver Id" as caregiver_id,
    cr."Application Caregiver Id" as app_caregiver_id,
    car."Caregiver Code" as aide_code,
    car."Caregiver Fullname" as aide_name,
    car."Caregiver Firstname" as aide_fname,
    car."Caregiver Lastname" as aide_lname,
    car."Status" as aide_status,
    cr."Office Id" as office_id,
    cr."Application Office Id" as app_office_id,
    dof."Office Name" as office,
    cr."Patient Id" as patient_id,
    cr."Application Patient Id" as app_patient_id,
    cr."Provider Patient Id" as p_patient_id,
    cr."Application Provider Patient Id" as p_app_patient_id,
    cr."Payer Patient Id" as pa_patient_id,
    cr."Application Payer Patient Id" as pa_app_patient_id,
    -- the coordinates of visits_in_window (same GPS quirk, same address), stored as text (VARCHAR(50)
    -- columns): the double in shortest round-trip form with '.0' kept on whole numbers ('-74.0'),
    -- which is how the reference oracle renders it (Snowflake's own FLOAT-to-text form is unverified)
    case
        when gps.has_gps then null
        when adr_p."Longitude"::text ~ '^-?[0-9]+$' then adr_p."Longitude"::text || '.0'
        else adr_p."Longitude"::text
    end as longitude_text,
    case
        when gps.has_gps then null
        when adr_p."Latitude"::text ~ '^-?[0-9]+$' then adr_p."Latitude"::text || '.0'
        else adr_p."Latitude"::text
    end as latitude_text,
    cr."Payer Id" as payer_id,
    cr."Application Payer Id" as app_payer_id,
    coalesce(spa."Payer Name", dcon."Contract Name") as contract,
    spa."Payer State" as payer_state,
    cr."Invoice Date" as billed_date,
    cr."Billed Hours" as billed_hours,
    cr."Billed" as billed,
    cr."Billed Rate" as billed_rate,
    cr."Total Billed Amount" as total_billed_amount,
    cr."Bill Rate Non-Billed" as bill_rate_non_billed,
    -- case-sensitive 'yes'; a NULL "Billed" takes the non-billed rate
    case when cr."Billed" = 'yes' then cr."Billed Rate" else cr."Bill Rate Non-Billed" end as bill_rate_both,
    dsc."Service Code Id" as service_code_id,
    dsc."Application Service Code Id"::numeric(38,0) as app_service_code_id,
    dsc."Service Code" as service_code,
    cr."Bill Type" as rate_type,
    cr."Visit Updated Timestamp" as last_updated_date,
    dusr."User Fullname" as last_updated_by,
    cr."Is Missed" as is_missed,
    cr."Missed Visit Reason" as missed_visit_reason,
    cr."Call Out Device Type" as evv_type,
    -- "Application Payer Id" is a number, "Application Contract Id" text, as in Snowflake
    case
        when cr."Application Payer Id" = 0 and cr."Application Contract Id" <> '0' then 'Internal'
        when cr."Application Payer Id" <> 0 and cr."Application Contract Id" <> '0' then 'UPR'
        when cr."Application Payer Id" <> 0 and cr."Application Contract Id" = '0' then 'Payer'
    end as contract_type,
    dpa_p."Admission Id" as p_padmission_id,
    dpa_p."Patient Name" as p_pname,
    dpa_p."Patient Firstname" as p_pfname,
    dpa_p."Patient Lastname" as p_plname,
    dpa_p."Medicaid Number" as p_pmedicaid_number,
    dpa_p."Status" as p_pstatus,
    adr_p."Patient Address Id" as p_paddress_id,
    adr_p."Application Patient Address Id" as p_papp_address_id,
    adr_p."Address Line 1" as p_paddress_l1,
    adr_p."Address Line 2" as p_paddress_l2,
    adr_p."City" as p_pcity,
    adr_p."Address State" as p_paddress_state,
    adr_p."Zip Code" as p_pzip_code,
    adr_p."County" as p_pcounty,
    dpa_pa."Admission Id" as pa_padmission_id,
    dpa_pa."Patient Name" as pa_pname,
    dpa_pa."Patient Firstname" as pa_pfname,
    dpa_pa."Patient Lastname" as pa_plname,
    dpa_pa."Medicaid Number" as pa_pmedicaid_number,
    dpa_pa."Status" as pa_pstatus,
    adr_pa."Patient Address Id" as pa_paddress_id,
    adr_pa."Application Patient Address Id" as pa_papp_address_id,
    adr_pa."Address Line 1" as pa_paddress_l1,
    adr_pa."Address Line 2" as pa_paddress_l2,
    adr_pa."City" as pa_pcity,
    adr_pa."Address State" as pa_paddress_state,
    adr_pa."Zip Code" as pa_pzip_code,
    adr_pa."County" as pa_pcounty
from wanted_visits as wv
-- why lateral: one primary-key probe per wanted visit, pruned to its month at run time; a plain join is
-- planned as a scan of the whole fact (the planner prices a probe into every month)
cross join lateral (
    select fcr.*
    from analytics.factvisitcallperformance_cr as fcr
    where fcr."Visit Id" = wv.visit_id
        and fcr."Visit Date" = wv.visit_ts
    -- why offset 0: keeps the probe a probe (a flattened join may be planned as a scan of the fact)
    offset 0
) as cr
cross join lateral (
    select
        (cr."Call Out GPS Coordinates" is not null and cr."Call Out GPS Coordinates" <> ',')
        or (cr."Call In GPS Coordinates" is not null and cr."Call In GPS Coordinates" <> ',') as has_gps
) as gps
inner join analytics.dimcaregiver as car
    on car."Caregiver Id" = cr."Caregiver Id"
inner join analytics.dimprovider as dpr
    on dpr."Provider Id" = cr."Provider Id"
left join analytics.dimoffice as dof
    on dof."Office Id" = cr."Office Id"
    and dof."Is Active" = true
left join analytics.dimpatient as dpa_p
    on dpa_p."Patient Id" = cr."Provider Patient Id"
left join latest_gps_address as adr_p
    on adr_p."Patient Id" = dpa_p."Patient Id"
left join analytics.dimpatient as dpa_pa
    on dpa_pa."Patient Id" = cr."Payer Patient Id"
left join latest_gps_address as adr_pa
    on adr_pa."Patient Id" = dpa_pa."Patient Id"
-- an inactive or demo payer does not drop the visit; it only empties payer name and state
left join analytics.dimpayer as spa
    on spa."Payer Id" = cr."Payer Id"
    and spa."Is Active" = true
    and spa."Is Demo" = false
left join analytics.dimcontract as dcon
    on dcon."Contract Id" = cr."Contract Id"
    and dcon."Is Active" = true
left join analytics.dimservicecode as dsc
    on dsc."Service Code Id" = cr."Service Code Id"
left join analytics.dimuser as dusr
    on dusr."User Id" = cr."Visit Updated User Id";

analyze pair_visits;

-- CONFLICTIDs the primary visits already hold, matched on "VisitID" only (TASK_02 also matches
-- "AppVisitID"); rows inserted earlier tonight have none yet and are not seen
create temp table primary_conflict_ids on commit drop as
select distinct
    cvm."VisitID" as visit_id,
    cvm."CONFLICTID" as conflict_id
from conflict.conflictvisitmaps as cvm
where cvm."CONFLICTID" is not null
    and cvm."VisitID" in (
        select np.visit_id
        from new_pairs as np
    );

analyze primary_conflict_ids;

insert into conflict.conflictvisitmaps (
    "CONFLICTID",
    "SSN",
    "ProviderID",
    "AppProviderID",
    "ProviderName",
    "VisitID",
    "AppVisitID",
    "ConProviderID",
    "ConAppProviderID",
    "ConProviderName",
    "ConVisitID",
    "ConAppVisitID",
    "VisitDate",
    "SchStartTime",
    "SchEndTime",
    "ConSchStartTime",
    "ConSchEndTime",
    "VisitStartTime",
    "VisitEndTime",
    "ConVisitStartTime",
    "ConVisitEndTime",
    "EVVStartTime",
    "EVVEndTime",
    "ConEVVStartTime",
    "ConEVVEndTime",
    "CaregiverID",
    "AppCaregiverID",
    "AideCode",
    "AideName",
    "AideSSN",
    "ConCaregiverID",
    "ConAppCaregiverID",
    "ConAideCode",
    "ConAideName",
    "ConAideSSN",
    "OfficeID",
    "AppOfficeID",
    "Office",
    "ConOfficeID",
    "ConAppOfficeID",
    "ConOffice",
    "PatientID",
    "AppPatientID",
    "PAdmissionID",
    "PName",
    "PAddressID",
    "PAppAddressID",
    "PAddressL1",
    "PAddressL2",
    "PCity",
    "PAddressState",
    "PZipCode",
    "PCounty",
    "PLongitude",
    "PLatitude",
    "ConPatientID",
    "ConAppPatientID",
    "ConPAdmissionID",
    "ConPName",
    "ConPAddressID",
    "ConPAppAddressID",
    "ConPAddressL1",
    "ConPAddressL2",
    "ConPCity",
    "ConPAddressState",
    "ConPZipCode",
    "ConPCounty",
    "ConPLongitude",
    "ConPLatitude",
    "PayerID",
    "AppPayerID",
    "Contract",
    "ConPayerID",
    "ConAppPayerID",
    "ConContract",
    "BilledDate",
    "ConBilledDate",
    "BilledHours",
    "ConBilledHours",
    "Billed",
    "ConBilled",
    "MinuteDiffBetweenSch",
    "DistanceMilesFromLatLng",
    "AverageMilesPerHour",
    "ETATravleMinutes",
    "ServiceCodeID",
    "AppServiceCodeID",
    "RateType",
    "ServiceCode",
    "ConServiceCodeID",
    "ConAppServiceCodeID",
    "ConRateType",
    "ConServiceCode",
    "SameSchTimeFlag",
    "SameVisitTimeFlag",
    "SchAndVisitTimeSameFlag",
    "SchOverAnotherSchTimeFlag",
    "VisitTimeOverAnotherVisitTimeFlag",
    "SchTimeOverVisitTimeFlag",
    "DistanceFlag",
    "InServiceFlag",
    "PTOFlag",
    "AideFName",
    "AideLName",
    "ConAideFName",
    "ConAideLName",
    "PFName",
    "PLName",
    "ConPFName",
    "ConPLName",
    "PMedicaidNumber",
    "ConPMedicaidNumber",
    "PayerState",
    "ConPayerState",
    "AgencyContact",
    "ConAgencyContact",
    "AgencyPhone",
    "ConAgencyPhone",
    "LastUpdatedBy",
    "ConLastUpdatedBy",
    "LastUpdatedDate",
    "ConLastUpdatedDate",
    "BilledRate",
    "TotalBilledAmount",
    "ConBilledRate",
    "ConTotalBilledAmount",
    "IsMissed",
    "MissedVisitReason",
    "EVVType",
    "ConIsMissed",
    "ConMissedVisitReason",
    "ConEVVType",
    "PStatus",
    "ConPStatus",
    "AideStatus",
    "ConAideStatus",
    "P_PatientID",
    "P_AppPatientID",
    "ConP_PatientID",
    "ConP_AppPatientID",
    "PA_PatientID",
    "PA_AppPatientID",
    "ConPA_PatientID",
    "ConPA_AppPatientID",
    "P_PAdmissionID",
    "P_PName",
    "P_PAddressID",
    "P_PAppAddressID",
    "P_PAddressL1",
    "P_PAddressL2",
    "P_PCity",
    "P_PAddressState",
    "P_PZipCode",
    "P_PCounty",
    "P_PFName",
    "P_PLName",
    "P_PMedicaidNumber",
    "ConP_PAdmissionID",
    "ConP_PName",
    "ConP_PAddressID",
    "ConP_PAppAddressID",
    "ConP_PAddressL1",
    "ConP_PAddressL2",
    "ConP_PCity",
    "ConP_PAddressState",
    "ConP_PZipCode",
    "ConP_PCounty",
    "ConP_PFName",
    "ConP_PLName",
    "ConP_PMedicaidNumber",
    "PA_PAdmissionID",
    "PA_PName",
    "PA_PAddressID",
    "PA_PAppAddressID",
    "PA_PAddressL1",
    "PA_PAddressL2",
    "PA_PCity",
    "PA_PAddressState",
    "PA_PZipCode",
    "PA_PCounty",
    "PA_PFName",
    "PA_PLName",
    "PA_PMedicaidNumber",
    "ConPA_PAdmissionID",
    "ConPA_PName",
    "ConPA_PAddressID",
    "ConPA_PAppAddressID",
    "ConPA_PAddressL1",
    "ConPA_PAddressL2",
    "ConPA_PCity",
    "ConPA_PAddressState",
    "ConPA_PZipCode",
    "ConPA_PCounty",
    "ConPA_PFName",
    "ConPA_PLName",
    "ConPA_PMedicaidNumber",
    "ContractType",
    "ConContractType",
    "P_PStatus",
    "ConP_PStatus",
    "PA_PStatus",
    "ConPA_PStatus",
    "BillRateNonBilled",
    "ConBillRateNonBilled",
    "BillRateBoth",
    "ConBillRateBoth",
    "FederalTaxNumber",
    "ConFederalTaxNumber",
    -- the original leaves these two to their Snowflake defaults (CURRENT_TIMESTAMP and 'U');
    -- written here from the run's clock and the same constant
    "CreatedDate",
    "StatusFlag"
)
-- the original's SELECT DISTINCT over all written values: rows that differ only in a CONFLICTID,
-- a settings row or an MPH band stay separate rows
select distinct
    -- quirk: the primary visit's CONFLICTID, one row per CONFLICTID it already holds, so a pair whose
    -- primary visit holds two CONFLICTIDs is inserted twice (rules-task03-06.md 1.4, T5)
    pci.conflict_id,
    a.ssn,
    a.provider_id,
    a.app_provider_id,
    a.provider_name,
    a.visit_id,
    a.app_visit_id,
    b.provider_id,
    b.app_provider_id,
    b.provider_name,
    b.visit_id,
    b.app_visit_id,
    a.visit_date,
    a.sch_start,
    a.sch_end,
    b.sch_start,
    b.sch_end,
    a.visit_start,
    a.visit_end,
    b.visit_start,
    b.visit_end,
    a.evv_start,
    a.evv_end,
    b.evv_start,
    b.evv_end,
    a.caregiver_id,
    a.app_caregiver_id,
    a.aide_code,
    a.aide_name,
    a.ssn,
    b.caregiver_id,
    b.app_caregiver_id,
    b.aide_code,
    b.aide_name,
    b.ssn,
    a.office_id,
    a.app_office_id,
    a.office,
    b.office_id,
    b.app_office_id,
    b.office,
    a.patient_id,
    a.app_patient_id,
    -- the visit-level patient detail columns are always NULL in the original
    null::varchar,
    null::varchar,
    null::varchar,
    null::numeric,
    null::varchar,
    null::varchar,
    null::varchar,
    null::varchar,
    null::varchar,
    null::varchar,
    a.longitude_text,
    a.latitude_text,
    b.patient_id,
    b.app_patient_id,
    null::varchar,
    null::varchar,
    null::varchar,
    null::numeric,
    null::varchar,
    null::varchar,
    null::varchar,
    null::varchar,
    null::varchar,
    null::varchar,
    b.longitude_text,
    b.latitude_text,
    a.payer_id,
    a.app_payer_id,
    a.contract,
    b.payer_id,
    b.app_payer_id,
    b.contract,
    a.billed_date,
    b.billed_date,
    a.billed_hours,
    b.billed_hours,
    a.billed,
    b.billed,
    np.minute_diff_between_sch,
    np.miles_2dp,
    np.average_mph,
    -- the 2-decimal ETA is stored into NUMBER(38,0): rounded half away from zero to whole minutes
    np.eta_minutes,
    a.service_code_id,
    a.app_service_code_id,
    a.rate_type,
    a.service_code,
    b.service_code_id,
    b.app_service_code_id,
    b.rate_type,
    b.service_code,
    np.same_sch_time_flag,
    np.same_visit_time_flag,
    np.sch_and_visit_time_same_flag,
    np.sch_over_another_sch_time_flag,
    np.visit_time_over_another_visit_time_flag,
    np.sch_time_over_visit_time_flag,
    np.distance_flag,
    'N',
    'N',
    a.aide_fname,
    a.aide_lname,
    b.aide_fname,
    b.aide_lname,
    null::varchar,
    null::varchar,
    null::varchar,
    null::varchar,
    null::varchar,
    null::varchar,
    a.payer_state,
    b.payer_state,
    null::varchar,
    null::varchar,
    a.agency_phone,
    b.agency_phone,
    a.last_updated_by,
    b.last_updated_by,
    a.last_updated_date,
    b.last_updated_date,
    a.billed_rate,
    a.total_billed_amount,
    b.billed_rate,
    b.total_billed_amount,
    a.is_missed,
    a.missed_visit_reason,
    a.evv_type,
    b.is_missed,
    b.missed_visit_reason,
    b.evv_type,
    null::varchar,
    null::varchar,
    a.aide_status,
    b.aide_status,
    a.p_patient_id,
    a.p_app_patient_id,
    b.p_patient_id,
    b.p_app_patient_id,
    a.pa_patient_id,
    a.pa_app_patient_id,
    b.pa_patient_id,
    b.pa_app_patient_id,
    a.p_padmission_id,
    a.p_pname,
    a.p_paddress_id,
    a.p_papp_address_id,
    a.p_paddress_l1,
    a.p_paddress_l2,
    a.p_pcity,
    a.p_paddress_state,
    a.p_pzip_code,
    a.p_pcounty,
    a.p_pfname,
    a.p_plname,
    a.p_pmedicaid_number,
    b.p_padmission_id,
    b.p_pname,
    b.p_paddress_id,
    b.p_papp_address_id,
    b.p_paddress_l1,
    b.p_paddress_l2,
    b.p_pcity,
    b.p_paddress_state,
    b.p_pzip_code,
    b.p_pcounty,
    b.p_pfname,
    b.p_plname,
    b.p_pmedicaid_number,
    a.pa_padmission_id,
    a.pa_pname,
    a.pa_paddress_id,
    a.pa_papp_address_id,
    a.pa_paddress_l1,
    a.pa_paddress_l2,
    a.pa_pcity,
    a.pa_paddress_state,
    a.pa_pzip_code,
    a.pa_pcounty,
    a.pa_pfname,
    a.pa_plname,
    a.pa_pmedicaid_number,
    b.pa_padmission_id,
    b.pa_pname,
    b.pa_paddress_id,
    b.pa_papp_address_id,
    b.pa_paddress_l1,
    b.pa_paddress_l2,
    b.pa_pcity,
    b.pa_paddress_state,
    b.pa_pzip_code,
    b.pa_pcounty,
    b.pa_pfname,
    b.pa_plname,
    b.pa_pmedicaid_number,
    a.contract_type,
    b.contract_type,
    a.p_pstatus,
    b.p_pstatus,
    a.pa_pstatus,
    b.pa_pstatus,
    a.bill_rate_non_billed,
    b.bill_rate_non_billed,
    a.bill_rate_both,
    b.bill_rate_both,
    a.federal_tax_number,
    b.federal_tax_number,
    current_setting('conflictdb.as_of')::timestamp,
    'U'
from new_pairs as np
inner join pair_visits as a
    on a.visit_id = np.visit_id
    and a.visit_ts = np.visit_ts
inner join pair_visits as b
    on b.visit_id = np.con_visit_id
    and b.visit_ts = np.con_visit_ts
left join primary_conflict_ids as pci
    on pci.visit_id = np.visit_id;

-- why: the next stages (0400 numbering, 0510 conflicts, and tomorrow's 0200) plan their joins on
-- conflictvisitmaps. Without fresh statistics after a large insert the planner sees the table as it was (on a
-- first night: empty, one row) and picks nested loops that re-scan it per row (bench/plans, SF 0.1: 0400 took
-- 86 s, night-2 0200 53 s on a one-row estimate). ANALYZE samples a fixed number of rows, so it stays cheap
-- at production size. It needs table ownership (the runner logs in as a member of conflictdb_owner).
-- Only the columns the chain joins, filters or groups on: the table has about 250, and a full ANALYZE spent
-- most of its time on columns no statement reads (5 s of a 16 s stage at SF 1).
analyze conflict.conflictvisitmaps (
    "ID",
    "VisitID",
    "ConVisitID",
    "AppVisitID",
    "AppProviderID",
    "CONFLICTID",
    "VisitDate",
    "SSN",
    "UpdateFlag",
    "UpdatedDate",
    "StatusFlag",
    "IsMissed",
    "ConIsMissed",
    "CRDATEUNIQUE",
    "CreatedDate",
    "ProviderID",
    "ConProviderID",
    "PayerID",
    "ConPayerID"
);
