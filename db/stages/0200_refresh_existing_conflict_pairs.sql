-- 0200_refresh_existing_conflict_pairs.sql
-- ports: UPDATE_DATA_CONFLICTVISITMAPS (TASK_02_0)
-- reads: analytics.factvisitcallperformance_cr, analytics.dimcaregiver, analytics.dimprovider,
--        analytics.dimoffice, analytics.dimpatient, analytics.dimpatientaddress, analytics.dimpayer,
--        analytics.dimcontract, analytics.dimservicecode, analytics.dimuser, conflict.excluded_agency,
--        conflict.excluded_ssn, conflict.settings, conflict.mph, conflict.conflictvisitmaps,
--        conflict.pairing_runs, conflict.pairing_scope (0150)
-- writes: conflict.conflictvisitmaps (update only), conflict.pairing_detected, conflict.pairing_runs (a
--        'partial' row when the run has none: 0150 did not run)
-- idempotent: the stored pairs that still conflict are overwritten from tonight's visits with values that
--        depend only on the analytics tables, the reference tables and the as-of clock (flags only go
--        N -> Y, a row keeps its own CONFLICTID), the other dated rows with a CONFLICTID get
--        UpdateFlag = 1; a second run with the same as-of finds the same pairs and writes the same values.
--
-- What it does (rules-task01-02.md section 4): re-pairs every visit of the window (today - 2 years ..
-- today + 45 days) with the visits of the same caregiver person (trimmed SSN) on the same local date at
-- another agency, evaluates the seven time and distance rules, and refreshes the stored
-- conflictvisitmaps rows of the pairs that still conflict. Pairs no longer detected keep UpdateFlag = 1
-- and are resolved by TASK_02_3; new pairs are inserted by TASK_03_0.
--
-- Shape, for scale (the original evaluates one UPDATE over a V1 x V2 self-join of all window visits):
--   1. pairing_groups: the (SSN, date) groups holding a visit a stored row names (full night) or the
--      dirty groups (delta night); visits_in_scope: their visits that survive the projection's filters,
--      share (SSN, date) with a visit of another agency and are named by a stored row; only those can
--      form a refreshed pair, so the wide projection below is built for them alone (a visit without
--      such a partner or row never reaches the UPDATE in the original);
--   2. visit_projection: one row per visit with every column the original's V1/V2 subqueries project,
--      coordinates included, built once and read for both sides of the pair;
--   3. conflict_pairs: the self-join on (SSN, VisitDate) with a provider inequality (an equi-join),
--      limited to pairs that have a stored row (no other pair can be matched by the UPDATE), the
--      computed columns and the seven flags, kept when any rule holds, one row per pair;
--   4. the original's first statement, the pending mark (UpdateFlag = 1), for the rows step 5 does not
--      refresh: step 5 sets UpdateFlag to NULL on the rows it refreshes whatever the mark, so the
--      final state is the original's and the refreshed rows are written once instead of twice;
--   5. one UPDATE ... FROM conflict_pairs, matched on (VisitID, ConVisitID).
--
-- Delta-scoped nights (0150 chose 'delta'; db/README.md, "Delta-scoped pairing"): steps 1 and 2 read
-- only the visits of the dirty (SSN, date) groups in conflict.pairing_scope, through the caregiver and
-- date indexes, instead of scanning the window. conflict.pairing_detected keeps the pairs detected per
-- group: the dirty groups' pairs are replaced by tonight's, the clean groups' pairs stand (their inputs
-- did not change), so step 4 marks exactly the rows the full night would mark, and step 6 gives the
-- clean groups' stored rows what the full night's refresh would change in them: UpdateFlag NULL,
-- UpdatedDate, the re-opened status, ResolveDate NULL. Their other columns already hold the values the
-- refresh would write: 0150 pairs a group again whenever a stored row of it was not refreshed by the
-- previous night.


-- 0. this run's pairing mode (0150); a run without 0150 pairs in full and records itself as 'partial',
--    so that the next run does not compare against it
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
select
    pr.mode,
    (current_setting('conflictdb.as_of')::timestamp - interval '2 years')::date as window_first_day,
    (current_setting('conflictdb.as_of')::timestamp + interval '45 days')::date as window_last_day
from conflict.pairing_runs as pr
where pr.run_id = current_setting('conflictdb.run_id')::bigint;


-- 1a. the (SSN, date) groups to pair tonight. Delta night: the dirty groups of 0150. Full night: every
--     group holding a visit that a stored row names (step 5 refreshes a pair only through its stored
--     row, VisitID = V1 and ConVisitID = V2, so no other group can matter; on a first night nothing is
--     stored and there is no group). The window's visits are read once here, in parallel; the groups'
--     visits are then fetched through the indexes.
create temp table pairing_groups on commit drop as
select distinct
    trim(car."SSN") as ssn,
    cr."Visit Date"::date as visit_date
from analytics.factvisitcallperformance_cr as cr
inner join analytics.dimcaregiver as car
    on car."Caregiver Id" = cr."Caregiver Id"
    and trim(car."SSN") <> ''
-- why a subquery on pairing_runs rather than the pairing_mode temp table: a temp table would keep the
-- scan out of parallel workers
where (
        select pr.mode
        from conflict.pairing_runs as pr
        where pr.run_id = current_setting('conflictdb.run_id')::bigint
    ) is distinct from 'delta'
    and cr."Visit Date" >= ((current_setting('conflictdb.as_of')::timestamp - interval '2 years')::date)::timestamp
    and cr."Visit Date" < ((current_setting('conflictdb.as_of')::timestamp + interval '45 days')::date + 1)::timestamp
    and cr."Visit Id" in (
        select stored."VisitID"
        from conflict.conflictvisitmaps as stored
        union all
        select stored."ConVisitID"
        from conflict.conflictvisitmaps as stored
    );

insert into pairing_groups (
    ssn,
    visit_date
)
select
    ps."SSN",
    ps."VisitDate"
from conflict.pairing_scope as ps
where (select pm.mode from pairing_mode as pm) = 'delta'
    and ps.run_id = current_setting('conflictdb.run_id')::bigint;

analyze pairing_groups;


-- 1b. visits that can pair: the groups' visits in the window, usable SSN, active non-demo provider, not
--     excluded, sharing (trimmed SSN, local date) with a visit of another provider, and named by a
--     stored row
create temp table visits_in_scope on commit drop as
with window_visit_rows as (
    -- person by person and day by day through the indexes on trim("SSN") and ("Caregiver Id",
    -- "Visit Date"). why lateral: one index probe per caregiver and day, pruned to its month at run
    -- time; a join is planned as a scan of the whole fact (the planner prices a probe into every month)
    select
        cr."Visit Id",
        cr."Visit Date",
        cr."Provider Id",
        cr."Caregiver Id"
    from (
        select
            g.visit_date,
            scar."Caregiver Id"
        from pairing_groups as g
        inner join analytics.dimcaregiver as scar
            on trim(scar."SSN") = g.ssn
        -- why ordered: consecutive probes then read neighbouring pages of one month's index and heap; in
        -- hash order nearly every probe read a page from outside shared buffers (SF 5 night 2: 717k probes,
        -- 1.0M pages read, 59 s)
        order by
            g.visit_date,
            scar."Caregiver Id"
    ) as gc
    cross join lateral (
        select
            fcr."Visit Id",
            fcr."Visit Date",
            fcr."Provider Id",
            fcr."Caregiver Id"
        from analytics.factvisitcallperformance_cr as fcr
        where fcr."Caregiver Id" = gc."Caregiver Id"
            and fcr."Visit Date" >= gc.visit_date::timestamp
            and fcr."Visit Date" < (gc.visit_date + 1)::timestamp
        -- why offset 0: a plain lateral subquery is flattened into a join, and with many dirty groups the
        -- join was planned as a scan of the whole fact (SF 5 night 3: 42 s); the fence keeps the probes
        offset 0
    ) as cr
),

visits_in_window as (
    select
        cr."Visit Id",
        cr."Visit Date",
        cr."Provider Id",
        trim(car."SSN") as ssn
    from window_visit_rows as cr
    inner join analytics.dimcaregiver as car
        on car."Caregiver Id" = cr."Caregiver Id"
        and trim(car."SSN") is not null
        and trim(car."SSN") <> ''
    -- why inner: visits of inactive or demo providers (or a NULL "Is Active") drop out of the projection
    inner join analytics.dimprovider as dpr
        on dpr."Provider Id" = cr."Provider Id"
        and dpr."Is Active" = true
        and dpr."Is Demo" = false
    -- why half-open on the column itself: DATE("Visit Date") between the window's first and last day,
    -- written so that the monthly partitions are pruned
    where cr."Visit Date" >= ((current_setting('conflictdb.as_of')::timestamp - interval '2 years')::date)::timestamp
        and cr."Visit Date" < ((current_setting('conflictdb.as_of')::timestamp + interval '45 days')::date + 1)::timestamp
        -- quirk: NOT IN over EXCLUDED_AGENCY, as the original; one row with a NULL "ProviderID" makes the
        -- predicate NULL for every visit, so the projection is empty and nothing is re-detected (G6, Q-16)
        and cr."Provider Id" not in (
            select ea."ProviderID"
            from conflict.excluded_agency as ea
        )
        -- the caregiver's SSN is trimmed, the list's SSN is not
        and not exists (
            select 1
            from conflict.excluded_ssn as es
            where es."SSN" = trim(car."SSN")
        )
),

visits_with_providers_per_day as (
    select
        v.*,
        min(v."Provider Id") over same_person_day as first_provider_of_day,
        max(v."Provider Id") over same_person_day as last_provider_of_day
    from visits_in_window as v
    window same_person_day as (partition by v.ssn, v."Visit Date"::date)
)

select
    v."Visit Id",
    v."Visit Date"
from visits_with_providers_per_day as v
where v.first_provider_of_day <> v.last_provider_of_day
    -- a visit no stored row names cannot take part (1a)
    and (
        v."Visit Id" in (
            select stored."VisitID"
            from conflict.conflictvisitmaps as stored
        )
        or v."Visit Id" in (
            select stored."ConVisitID"
            from conflict.conflictvisitmaps as stored
        )
    );

analyze visits_in_scope;


-- 2. the visit projection (the original's V1/V2 subqueries), one row per visit in scope
create temp table visit_projection on commit drop as
with scoped_visit_rows as materialized (
    -- why materialized: the fact rows of the scope are fetched first, and only those rows meet the
    -- dimensions. Full night: one scan of the window with a hash semi-join on "Visit Id"
    select cr.*
    from analytics.factvisitcallperformance_cr as cr
    -- the original's window again, on the column itself so that the monthly partitions are pruned
    where (select pm.mode from pairing_mode as pm) <> 'delta'
        and cr."Visit Date" >= ((current_setting('conflictdb.as_of')::timestamp - interval '2 years')::date)::timestamp
        and cr."Visit Date" < ((current_setting('conflictdb.as_of')::timestamp + interval '45 days')::date + 1)::timestamp
        -- a visit id of the scope that also occurs on another date of the window brings that row too;
        -- harmless, it is a row of the original's projection all the same (the filters below apply)
        and cr."Visit Id" in (
            select s."Visit Id"
            from visits_in_scope as s
        )
    union all
    -- delta night: the few rows of the scope by primary key. why lateral: one probe per visit, pruned to
    -- its month at run time; a join is planned as a scan of the whole fact (the planner prices a probe
    -- into every month)
    select cr.*
    from (
        select
            vs."Visit Id",
            vs."Visit Date"
        from visits_in_scope as vs
        -- why ordered: neighbouring probes read neighbouring heap pages (as in 1b)
        order by
            vs."Visit Date",
            vs."Visit Id"
    ) as s
    cross join lateral (
        select fcr.*
        from analytics.factvisitcallperformance_cr as fcr
        where fcr."Visit Id" = s."Visit Id"
            and fcr."Visit Date" = s."Visit Date"
        -- why offset 0: keeps the probe a probe (a flattened join may be planned as a scan of the fact)
        offset 0
    ) as cr
    where (select pm.mode from pairing_mode as pm) = 'delta'
),

latest_gps_address as (
    -- why: the original's DPAD_P/DPAD_PA subqueries, ROW_NUMBER() ... = 1 per patient over the primary
    -- GPS addresses, newest "Application Created UTC Timestamp" first (Snowflake sorts NULL as the
    -- largest value, so a NULL timestamp comes first under DESC, as in PostgreSQL); only the patients
    -- of the scoped visit rows are needed
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
        and dpad."Patient Id" in (
            select svr."Provider Patient Id"
            from scoped_visit_rows as svr
            union
            select svr."Payer Patient Id"
            from scoped_visit_rows as svr
        )
    -- nondeterministic in Snowflake: ties on the timestamp pick an arbitrary address; we take the
    -- smallest "Patient Address Id"
    order by
        dpad."Patient Id",
        dpad."Application Created UTC Timestamp" desc nulls first,
        dpad."Patient Address Id"
),

projected_visits as (
    select
        cr."Visit Id" as "VisitID",
        cr."Application Visit Id" as "AppVisitID",
        cr."Visit Date"::date as "VisitDate",
        trim(car."SSN") as "SSN",
        cr."Provider Id" as "ProviderID",
        cr."Application Provider Id" as "AppProviderID",
        dpr."Provider Name" as "ProviderName",
        dpr."Federal Tax Number" as "FederalTaxNumber",
        dpr."Phone Number 1" as "AgencyPhone",
        cr."Scheduled Start Time" as "SchStartTime",
        cr."Scheduled End Time" as "SchEndTime",
        cr."Visit Start Time" as "VisitStartTime",
        cr."Visit End Time" as "VisitEndTime",
        cr."Call In Time" as "EVVStartTime",
        cr."Call Out Time" as "EVVEndTime",
        cr."Caregiver Id" as "CaregiverID",
        cr."Application Caregiver Id" as "AppCaregiverID",
        car."Caregiver Code" as "AideCode",
        car."Caregiver Fullname" as "AideName",
        car."Caregiver Firstname" as "AideFName",
        car."Caregiver Lastname" as "AideLName",
        trim(car."SSN") as "AideSSN",
        car."Status" as "AideStatus",
        cr."Office Id" as "OfficeID",
        cr."Application Office Id" as "AppOfficeID",
        dof."Office Name" as "Office",
        cr."Patient Id" as "PatientID",
        cr."Application Patient Id" as "AppPatientID",
        -- the original projects these "P*" patient columns as NULL (the provider/payer patient columns
        -- P_* and PA_* carry the data)
        null::text as "PAdmissionID",
        null::text as "PName",
        null::text as "PFName",
        null::text as "PLName",
        null::text as "PMedicaidNumber",
        null::text as "PStatus",
        null::text as "PAddressID",
        null::numeric as "PAppAddressID",
        null::text as "PAddressL1",
        null::text as "PAddressL2",
        null::text as "PCity",
        null::text as "PAddressState",
        null::text as "PZipCode",
        null::text as "PCounty",
        -- coordinates when this visit is the primary visit (V1): Call Out GPS first, then Call In GPS,
        -- else the provider patient's latest primary GPS address.
        -- quirk: the GPS branch is REPLACE(SPLIT(gps, ',')[k], '"', CAST(NULL AS NUMBER)), and REPLACE
        -- with a NULL argument is NULL, so any GPS string other than NULL or ',' (the empty string
        -- included) gives a NULL coordinate (rules-task01-02.md G10, Q-1). SPLIT is 0-based: [1] is the
        -- longitude, split_part(..., 2).
        case
            when cr."Call Out GPS Coordinates" is not null and cr."Call Out GPS Coordinates" <> ','
                then replace(split_part(cr."Call Out GPS Coordinates", ',', 2), '"', null)::double precision
            when cr."Call In GPS Coordinates" is not null and cr."Call In GPS Coordinates" <> ','
                then replace(split_part(cr."Call In GPS Coordinates", ',', 2), '"', null)::double precision
            else dpad_p."Longitude"
        end as longitude_as_primary,
        case
            when cr."Call Out GPS Coordinates" is not null and cr."Call Out GPS Coordinates" <> ','
                then replace(split_part(cr."Call Out GPS Coordinates", ',', 1), '"', null)::double precision
            when cr."Call In GPS Coordinates" is not null and cr."Call In GPS Coordinates" <> ','
                then replace(split_part(cr."Call In GPS Coordinates", ',', 1), '"', null)::double precision
            else dpad_p."Latitude"
        end as latitude_as_primary,
        -- quirk: when this visit is the conflicting visit (V2) the original tries Call In GPS before
        -- Call Out GPS (Q-2); under the NULL branch above both orders give the same value
        case
            when cr."Call In GPS Coordinates" is not null and cr."Call In GPS Coordinates" <> ','
                then replace(split_part(cr."Call In GPS Coordinates", ',', 2), '"', null)::double precision
            when cr."Call Out GPS Coordinates" is not null and cr."Call Out GPS Coordinates" <> ','
                then replace(split_part(cr."Call Out GPS Coordinates", ',', 2), '"', null)::double precision
            else dpad_p."Longitude"
        end as longitude_as_conflicting,
        case
            when cr."Call In GPS Coordinates" is not null and cr."Call In GPS Coordinates" <> ','
                then replace(split_part(cr."Call In GPS Coordinates", ',', 1), '"', null)::double precision
            when cr."Call Out GPS Coordinates" is not null and cr."Call Out GPS Coordinates" <> ','
                then replace(split_part(cr."Call Out GPS Coordinates", ',', 1), '"', null)::double precision
            else dpad_p."Latitude"
        end as latitude_as_conflicting,
        cr."Payer Id" as "PayerID",
        cr."Application Payer Id" as "AppPayerID",
        coalesce(spa."Payer Name", dcon."Contract Name") as "Contract",
        spa."Payer State" as "PayerState",
        cr."Invoice Date" as "BilledDate",
        cr."Billed Hours" as "BilledHours",
        cr."Billed" as "Billed",
        cr."Billed Rate" as "BilledRate",
        cr."Total Billed Amount" as "TotalBilledAmount",
        cr."Bill Rate Non-Billed" as "BillRateNonBilled",
        -- a NULL "Billed" takes the non-billed rate
        case
            when cr."Billed" = 'yes' then cr."Billed Rate"
            else cr."Bill Rate Non-Billed"
        end as "BillRateBoth",
        dsc."Service Code Id" as "ServiceCodeID",
        -- text in the dimension, NUMBER(38,0) in conflictvisitmaps (values such as '702.0' cast as in Snowflake)
        dsc."Application Service Code Id"::numeric as "AppServiceCodeID",
        cr."Bill Type" as "RateType",
        dsc."Service Code" as "ServiceCode",
        cr."Is Missed" as "IsMissed",
        cr."Missed Visit Reason" as "MissedVisitReason",
        cr."Call Out Device Type" as "EVVType",
        cr."Visit Updated Timestamp" as "LastUpdatedDate",
        dusr."User Fullname" as "LastUpdatedBy",
        cr."Provider Patient Id" as "P_PatientID",
        cr."Application Provider Patient Id" as "P_AppPatientID",
        dpa_p."Admission Id" as "P_PAdmissionID",
        dpa_p."Patient Name" as "P_PName",
        dpa_p."Patient Firstname" as "P_PFName",
        dpa_p."Patient Lastname" as "P_PLName",
        dpa_p."Medicaid Number" as "P_PMedicaidNumber",
        dpa_p."Status" as "P_PStatus",
        dpad_p."Patient Address Id" as "P_PAddressID",
        dpad_p."Application Patient Address Id" as "P_PAppAddressID",
        dpad_p."Address Line 1" as "P_PAddressL1",
        dpad_p."Address Line 2" as "P_PAddressL2",
        dpad_p."City" as "P_PCity",
        dpad_p."Address State" as "P_PAddressState",
        dpad_p."Zip Code" as "P_PZipCode",
        dpad_p."County" as "P_PCounty",
        cr."Payer Patient Id" as "PA_PatientID",
        cr."Application Payer Patient Id" as "PA_AppPatientID",
        dpa_pa."Admission Id" as "PA_PAdmissionID",
        dpa_pa."Patient Name" as "PA_PName",
        dpa_pa."Patient Firstname" as "PA_PFName",
        dpa_pa."Patient Lastname" as "PA_PLName",
        dpa_pa."Medicaid Number" as "PA_PMedicaidNumber",
        dpa_pa."Status" as "PA_PStatus",
        dpad_pa."Patient Address Id" as "PA_PAddressID",
        dpad_pa."Application Patient Address Id" as "PA_PAppAddressID",
        dpad_pa."Address Line 1" as "PA_PAddressL1",
        dpad_pa."Address Line 2" as "PA_PAddressL2",
        dpad_pa."City" as "PA_PCity",
        dpad_pa."Address State" as "PA_PAddressState",
        dpad_pa."Zip Code" as "PA_PZipCode",
        dpad_pa."County" as "PA_PCounty",
        -- "Application Payer Id" is a number (compared numerically), "Application Contract Id" text;
        -- a NULL on either side falls through to NULL
        case
            when cr."Application Payer Id" = 0 and cr."Application Contract Id" <> '0' then 'Internal'
            when cr."Application Payer Id" <> 0 and cr."Application Contract Id" <> '0' then 'UPR'
            when cr."Application Payer Id" <> 0 and cr."Application Contract Id" = '0' then 'Payer'
        end as "ContractType"
    from scoped_visit_rows as cr
    inner join analytics.dimcaregiver as car
        on car."Caregiver Id" = cr."Caregiver Id"
        and trim(car."SSN") is not null
        and trim(car."SSN") <> ''
    inner join analytics.dimprovider as dpr
        on dpr."Provider Id" = cr."Provider Id"
        and dpr."Is Active" = true
        and dpr."Is Demo" = false
    -- an inactive office only nulls the office name
    left join analytics.dimoffice as dof
        on dof."Office Id" = cr."Office Id"
        and dof."Is Active" = true
    left join analytics.dimpatient as dpa_p
        on dpa_p."Patient Id" = cr."Provider Patient Id"
    left join latest_gps_address as dpad_p
        on dpad_p."Patient Id" = dpa_p."Patient Id"
    left join analytics.dimpatient as dpa_pa
        on dpa_pa."Patient Id" = cr."Payer Patient Id"
    left join latest_gps_address as dpad_pa
        on dpad_pa."Patient Id" = dpa_pa."Patient Id"
    -- an inactive or demo payer does not filter the visit, it only nulls the payer name and state
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
        on dusr."User Id" = cr."Visit Updated User Id"
    -- the original's remaining filters again, so this table is exactly its projection within the scope
    where
        cr."Provider Id" not in (
            select ea."ProviderID"
            from conflict.excluded_agency as ea
        )
        and not exists (
            select 1
            from conflict.excluded_ssn as es
            where es."SSN" = trim(car."SSN")
        )
)

select
    row_number() over () as visit_row,
    pv.*,
    -- the coordinates as conflictvisitmaps stores them (VARCHAR(50)): the double's shortest text, with
    -- '.0' on whole numbers, as the reference oracle (DuckDB) renders a DOUBLE: -74 -> '-74.0'.
    -- Snowflake's own FLOAT-to-text would likely give '-74' (unverified; the parity cases follow the oracle)
    case
        when pv.longitude_as_primary = trunc(pv.longitude_as_primary)
            then pv.longitude_as_primary::text || '.0'
        else pv.longitude_as_primary::text
    end as longitude_as_primary_text,
    case
        when pv.latitude_as_primary = trunc(pv.latitude_as_primary)
            then pv.latitude_as_primary::text || '.0'
        else pv.latitude_as_primary::text
    end as latitude_as_primary_text,
    case
        when pv.longitude_as_conflicting = trunc(pv.longitude_as_conflicting)
            then pv.longitude_as_conflicting::text || '.0'
        else pv.longitude_as_conflicting::text
    end as longitude_as_conflicting_text,
    case
        when pv.latitude_as_conflicting = trunc(pv.latitude_as_conflicting)
            then pv.latitude_as_conflicting::text || '.0'
        else pv.latitude_as_conflicting::text
    end as latitude_as_conflicting_text
from projected_visits as pv;

-- why an index: the pairs fetch both visits' columns by visit_row; a misestimated nested loop stays an
-- index probe
create index on visit_projection (visit_row);

-- why a column list: the table is wide and only these columns drive joins
analyze visit_projection (visit_row, "VisitID", "AppVisitID", "VisitDate", "SSN", "ProviderID");


-- 3. the pairs that still conflict (the original's ALLDATA), one row per (VisitID, ConVisitID)
create temp table conflict_pairs on commit drop as
with existing_conflict_ids as (
    -- why: the original's V1 joins CVM1 on (VisitID, AppVisitID) with a non-NULL CONFLICTID, so ALLDATA
    -- holds one row per existing CONFLICTID of the primary visit (NULL when there is none); the UPDATE
    -- below chooses among them, for which the smallest id is kept here
    select
        cvm1."VisitID",
        cvm1."AppVisitID",
        min(cvm1."CONFLICTID") as min_conflictid
    from conflict.conflictvisitmaps as cvm1
    where cvm1."CONFLICTID" is not null
        and cvm1."VisitID" in (
            select vp."VisitID"
            from visit_projection as vp
        )
    group by
        cvm1."VisitID",
        cvm1."AppVisitID"
),

candidate_pairs as (
    -- same person (trimmed SSN), same local date, another visit at another provider; both orientations
    select
        v1.visit_row as v1_row,
        v2.visit_row as v2_row,
        v1."VisitID",
        v1."AppVisitID",
        v2."VisitID" as "ConVisitID",
        sett."ID" as settings_id,
        -- unvisited: both visit times NULL; visited: both NOT NULL (a half-visited visit is neither)
        (v1."VisitStartTime" is null and v1."VisitEndTime" is null) as v1_unvisited,
        (v1."VisitStartTime" is not null and v1."VisitEndTime" is not null) as v1_visited,
        (v2."VisitStartTime" is null and v2."VisitEndTime" is null) as v2_unvisited,
        (v2."VisitStartTime" is not null and v2."VisitEndTime" is not null) as v2_visited,
        v1."SchStartTime" as v1_sch_start,
        v1."SchEndTime" as v1_sch_end,
        v1."VisitStartTime" as v1_visit_start,
        v1."VisitEndTime" as v1_visit_end,
        v2."SchStartTime" as v2_sch_start,
        v2."SchEndTime" as v2_sch_end,
        v2."VisitStartTime" as v2_visit_start,
        v2."VisitEndTime" as v2_visit_end,
        v1."PZipCode" as v1_zip,
        v2."PZipCode" as v2_zip,
        v1.longitude_as_primary as v1_longitude,
        v1.latitude_as_primary as v1_latitude,
        v2.longitude_as_conflicting as v2_longitude,
        v2.latitude_as_conflicting as v2_latitude,
        -- DATEDIFF(minute, a, b): minute boundaries crossed, not elapsed time (G2)
        (extract(epoch from date_trunc('minute', v2."VisitStartTime") - date_trunc('minute', v1."VisitEndTime")) / 60)::bigint
            as gap_after_v1,
        (extract(epoch from date_trunc('minute', v1."VisitStartTime") - date_trunc('minute', v2."VisitEndTime")) / 60)::bigint
            as gap_after_v2,
        -- ST_DISTANCE of two GEOGRAPHY points: great-circle metres on a sphere of 6 371 010 m (G9),
        -- to miles at /1609, times SETTINGS."ExtraDistancePer" (float arithmetic, as in Snowflake);
        -- NULL when a coordinate or the setting is NULL
        2 * 6371010 * asin(sqrt(
            power(sin(radians(v2.latitude_as_conflicting - v1.latitude_as_primary) / 2), 2)
            + cos(radians(v1.latitude_as_primary)) * cos(radians(v2.latitude_as_conflicting))
            * power(sin(radians(v2.longitude_as_conflicting - v1.longitude_as_primary) / 2), 2)
        )) / 1609 * sett."ExtraDistancePer"::double precision as miles
    from visit_projection as v1
    inner join visit_projection as v2
        on v2."SSN" = v1."SSN"
        and v2."VisitDate" = v1."VisitDate"
        and v2."VisitID" <> v1."VisitID"
        and v2."ProviderID" <> v1."ProviderID"
    -- every SETTINGS row multiplies the pairs (none: no pair at all), as the original's CROSS JOIN
    cross join conflict.settings as sett
    -- why: the UPDATE matches (VisitID, ConVisitID) (its second branch needs a NULL ConVisitID, which a
    -- pair never has), so a pair without a stored row changes nothing; TASK_03_0 inserts those (and the
    -- next night pairs their groups again: 0150 finds the rows TASK_03_0 created)
    where exists (
        select 1
        from conflict.conflictvisitmaps as stored
        where stored."VisitID" = v1."VisitID"
            and stored."ConVisitID" = v2."VisitID"
    )
),

pairs_with_distance as (
    select
        cp.*,
        -- ROUND(miles, 2) on a FLOAT: half away from zero on miles * 100
        sign(cp.miles * 100) * floor(abs(cp.miles * 100) + 0.5) / 100 as distance_miles,
        -- quirk: the travel time rounds the miles to a WHOLE mile first (the inner ROUND has no scale):
        -- ROUND((ROUND(miles) / mph) * 60, 2); the MPH band is still matched on the 2-decimal miles
        sign(cp.miles) * floor(abs(cp.miles) + 0.5) as whole_miles
    from candidate_pairs as cp
),

pairs_with_speed as (
    select
        pd.*,
        mph."ID" as mph_id,
        mph."From" as mph_from,
        mph."AverageMilesPerHour" as average_mph,
        (pd.whole_miles / mph."AverageMilesPerHour"::double precision) * 60 as eta_minutes_raw
    from pairs_with_distance as pd
    -- inclusive at both ends; a distance in a gap between bands gets no speed, hence no DistanceFlag
    left join conflict.mph as mph
        on pd.distance_miles between mph."From"::double precision and mph."To"::double precision
),

pairs_with_eta as (
    select
        ps.*,
        sign(ps.eta_minutes_raw * 100) * floor(abs(ps.eta_minutes_raw * 100) + 0.5) / 100 as eta_minutes
    from pairs_with_speed as ps
),

pairs_with_rules as (
    -- each rule as in the original's CASE (NULL counts as false). The original compares
    -- CONCAT(start, '~', end) texts; CONCAT is NULL when a time is NULL (G1), so "same" is both
    -- times equal and non-NULL, and "different" is both texts non-NULL and not both times equal.
    -- Every flag also requires V1.ProviderID != V2.ProviderID, which the pairing guarantees.
    select
        pe.*,
        coalesce(
            pe.v1_unvisited and pe.v2_unvisited
            and pe.v1_sch_start = pe.v2_sch_start and pe.v1_sch_end = pe.v2_sch_end,
            false
        ) as same_schedule,
        coalesce(
            pe.v1_visited and pe.v2_visited
            and pe.v1_visit_start = pe.v2_visit_start and pe.v1_visit_end = pe.v2_visit_end,
            false
        ) as same_visit,
        -- both directions: V1's schedule equals V2's visit, or V2's schedule equals V1's visit
        coalesce(
            (pe.v1_unvisited and pe.v2_visited
                and pe.v1_sch_start = pe.v2_visit_start and pe.v1_sch_end = pe.v2_visit_end)
            or (pe.v2_unvisited and pe.v1_visited
                and pe.v2_sch_start = pe.v1_visit_start and pe.v2_sch_end = pe.v1_visit_end),
            false
        ) as schedule_equals_visit,
        -- strict overlap: touching intervals do not conflict
        coalesce(
            pe.v1_unvisited and pe.v2_unvisited
            and pe.v1_sch_start < pe.v2_sch_end and pe.v1_sch_end > pe.v2_sch_start
            and not (pe.v1_sch_start = pe.v2_sch_start and pe.v1_sch_end = pe.v2_sch_end),
            false
        ) as schedule_over_schedule,
        coalesce(
            pe.v1_visited and pe.v2_visited
            and pe.v1_visit_start < pe.v2_visit_end and pe.v1_visit_end > pe.v2_visit_start
            and not (pe.v1_visit_start = pe.v2_visit_start and pe.v1_visit_end = pe.v2_visit_end),
            false
        ) as visit_over_visit,
        -- quirk: the original's CASE for this flag reads "providers differ AND (branch 1) OR (branch 2)",
        -- so branch 2 skips the provider check; inert, because the pairing already requires it
        coalesce(
            (pe.v1_unvisited and pe.v2_visited
                and pe.v1_sch_start < pe.v2_visit_end and pe.v1_sch_end > pe.v2_visit_start
                and not (pe.v1_sch_start = pe.v2_visit_start and pe.v1_sch_end = pe.v2_visit_end))
            or (pe.v2_unvisited and pe.v1_visited
                and pe.v2_sch_start < pe.v1_visit_end and pe.v2_sch_end > pe.v1_visit_start
                and not (pe.v2_sch_start = pe.v1_visit_start and pe.v2_sch_end = pe.v1_visit_end)),
            false
        ) as schedule_over_visit,
        -- travel time: both visited, all four coordinates known, a speed band found, and a positive gap
        -- (either order) shorter than the travel time; overlapping or back-to-back visits never qualify
        coalesce(
            pe.v1_longitude is not null and pe.v1_latitude is not null
            and pe.v2_longitude is not null and pe.v2_latitude is not null
            and pe.v1_visited and pe.v2_visited
            -- quirk: the zip-code clause reads the always-NULL "PZipCode" columns, so it is always true
            -- (TASK_03_0 reads P_PZipCode instead, Q-3)
            and ((pe.v1_zip is not null and pe.v2_zip is not null and pe.v1_zip <> pe.v2_zip)
                or (pe.v1_zip is null or pe.v2_zip is null))
            and pe.average_mph is not null
            and ((pe.gap_after_v1 > 0 and pe.eta_minutes > pe.gap_after_v1)
                or (pe.gap_after_v2 > 0 and pe.eta_minutes > pe.gap_after_v2)),
            false
        ) as travel_time_too_short
    from pairs_with_eta as pe
),

conflicting_pairs as (
    -- nondeterministic in Snowflake: several source rows per pair (several SETTINGS rows, a distance on
    -- a boundary shared by two MPH bands) update the pair with an arbitrary one; we take the smallest
    -- SETTINGS "ID", then the MPH band with the smallest "From" (then "ID")
    select distinct on (pr."VisitID", pr."ConVisitID")
        pr.v1_row,
        pr.v2_row,
        pr."VisitID",
        pr."ConVisitID",
        eci.min_conflictid,
        -- the gap between the two visits (the name says "Sch", the original measures visit times):
        -- the positive gap, the smaller one if both are positive, else 0 (never NULL)
        case
            when pr.gap_after_v1 > 0 and pr.gap_after_v2 > 0 then least(pr.gap_after_v1, pr.gap_after_v2)
            when pr.gap_after_v1 > 0 then pr.gap_after_v1
            when pr.gap_after_v2 > 0 then pr.gap_after_v2
            else 0
        end as "MinuteDiffBetweenSch",
        pr.distance_miles as "DistanceMilesFromLatLng",
        pr.average_mph as "AverageMilesPerHour",
        -- stored in NUMBER(38,0): the 2-decimal value is rounded again (half away from zero, Q-7)
        pr.eta_minutes as "ETATravleMinutes",
        case when pr.same_schedule then 'Y' else 'N' end as "SameSchTimeFlag",
        case when pr.same_visit then 'Y' else 'N' end as "SameVisitTimeFlag",
        case when pr.schedule_equals_visit then 'Y' else 'N' end as "SchAndVisitTimeSameFlag",
        case when pr.schedule_over_schedule then 'Y' else 'N' end as "SchOverAnotherSchTimeFlag",
        case when pr.visit_over_visit then 'Y' else 'N' end as "VisitTimeOverAnotherVisitTimeFlag",
        case when pr.schedule_over_visit then 'Y' else 'N' end as "SchTimeOverVisitTimeFlag",
        case when pr.travel_time_too_short then 'Y' else 'N' end as "DistanceFlag"
    from pairs_with_rules as pr
    left join existing_conflict_ids as eci
        on eci."VisitID" = pr."VisitID"
        and eci."AppVisitID" = pr."AppVisitID"
    where pr.same_schedule
        or pr.same_visit
        or pr.schedule_equals_visit
        or pr.schedule_over_schedule
        or pr.visit_over_visit
        or pr.schedule_over_visit
        or pr.travel_time_too_short
    order by
        pr."VisitID",
        pr."ConVisitID",
        pr.settings_id,
        pr.mph_from,
        pr.mph_id,
        pr."AppVisitID"
)

-- the pair with both visits' columns, named as conflictvisitmaps names them (V1 plain, V2 "Con...")
select
    cp."VisitID",
    cp."ConVisitID",
    cp.min_conflictid,
    v1."SSN",
    v1."ProviderID",
    v1."AppProviderID",
    v1."ProviderName",
    v1."AppVisitID",
    v2."ProviderID" as "ConProviderID",
    v2."AppProviderID" as "ConAppProviderID",
    v2."ProviderName" as "ConProviderName",
    v2."AppVisitID" as "ConAppVisitID",
    v1."VisitDate",
    v1."SchStartTime",
    v1."SchEndTime",
    v2."SchStartTime" as "ConSchStartTime",
    v2."SchEndTime" as "ConSchEndTime",
    v1."VisitStartTime",
    v1."VisitEndTime",
    v2."VisitStartTime" as "ConVisitStartTime",
    v2."VisitEndTime" as "ConVisitEndTime",
    v1."EVVStartTime",
    v1."EVVEndTime",
    v2."EVVStartTime" as "ConEVVStartTime",
    v2."EVVEndTime" as "ConEVVEndTime",
    v1."CaregiverID",
    v1."AppCaregiverID",
    v1."AideCode",
    v1."AideName",
    v1."AideSSN",
    v2."CaregiverID" as "ConCaregiverID",
    v2."AppCaregiverID" as "ConAppCaregiverID",
    v2."AideCode" as "ConAideCode",
    v2."AideName" as "ConAideName",
    v2."AideSSN" as "ConAideSSN",
    v1."OfficeID",
    v1."AppOfficeID",
    v1."Office",
    v2."OfficeID" as "ConOfficeID",
    v2."AppOfficeID" as "ConAppOfficeID",
    v2."Office" as "ConOffice",
    v1."PatientID",
    v1."AppPatientID",
    v1."PAdmissionID",
    v1."PName",
    v1."PAddressID",
    v1."PAppAddressID",
    v1."PAddressL1",
    v1."PAddressL2",
    v1."PCity",
    v1."PAddressState",
    v1."PZipCode",
    v1."PCounty",
    v1.longitude_as_primary_text as "PLongitude",
    v1.latitude_as_primary_text as "PLatitude",
    v2."PatientID" as "ConPatientID",
    v2."AppPatientID" as "ConAppPatientID",
    v2."PAdmissionID" as "ConPAdmissionID",
    v2."PName" as "ConPName",
    v2."PAddressID" as "ConPAddressID",
    v2."PAppAddressID" as "ConPAppAddressID",
    v2."PAddressL1" as "ConPAddressL1",
    v2."PAddressL2" as "ConPAddressL2",
    v2."PCity" as "ConPCity",
    v2."PAddressState" as "ConPAddressState",
    v2."PZipCode" as "ConPZipCode",
    v2."PCounty" as "ConPCounty",
    v2.longitude_as_conflicting_text as "ConPLongitude",
    v2.latitude_as_conflicting_text as "ConPLatitude",
    v1."PayerID",
    v1."AppPayerID",
    v1."Contract",
    v2."PayerID" as "ConPayerID",
    v2."AppPayerID" as "ConAppPayerID",
    v2."Contract" as "ConContract",
    v1."BilledDate",
    v2."BilledDate" as "ConBilledDate",
    v1."BilledHours",
    v2."BilledHours" as "ConBilledHours",
    v1."Billed",
    v2."Billed" as "ConBilled",
    cp."MinuteDiffBetweenSch",
    cp."DistanceMilesFromLatLng",
    cp."AverageMilesPerHour",
    cp."ETATravleMinutes",
    v1."ServiceCodeID",
    v1."AppServiceCodeID",
    v1."RateType",
    v1."ServiceCode",
    v2."ServiceCodeID" as "ConServiceCodeID",
    v2."AppServiceCodeID" as "ConAppServiceCodeID",
    v2."RateType" as "ConRateType",
    v2."ServiceCode" as "ConServiceCode",
    v1."AideFName",
    v1."AideLName",
    v2."AideFName" as "ConAideFName",
    v2."AideLName" as "ConAideLName",
    v1."PFName",
    v1."PLName",
    v2."PFName" as "ConPFName",
    v2."PLName" as "ConPLName",
    v1."PMedicaidNumber",
    v2."PMedicaidNumber" as "ConPMedicaidNumber",
    v1."PayerState",
    v2."PayerState" as "ConPayerState",
    v1."LastUpdatedBy",
    v2."LastUpdatedBy" as "ConLastUpdatedBy",
    v1."LastUpdatedDate",
    v2."LastUpdatedDate" as "ConLastUpdatedDate",
    v1."BilledRate",
    v1."TotalBilledAmount",
    v2."BilledRate" as "ConBilledRate",
    v2."TotalBilledAmount" as "ConTotalBilledAmount",
    v1."IsMissed",
    v1."MissedVisitReason",
    v1."EVVType",
    v2."IsMissed" as "ConIsMissed",
    v2."MissedVisitReason" as "ConMissedVisitReason",
    v2."EVVType" as "ConEVVType",
    v1."PStatus",
    v2."PStatus" as "ConPStatus",
    v1."AideStatus",
    v2."AideStatus" as "ConAideStatus",
    v1."P_PatientID",
    v1."P_AppPatientID",
    v2."P_PatientID" as "ConP_PatientID",
    v2."P_AppPatientID" as "ConP_AppPatientID",
    v1."PA_PatientID",
    v1."PA_AppPatientID",
    v2."PA_PatientID" as "ConPA_PatientID",
    v2."PA_AppPatientID" as "ConPA_AppPatientID",
    v1."P_PAdmissionID",
    v1."P_PName",
    v1."P_PAddressID",
    v1."P_PAppAddressID",
    v1."P_PAddressL1",
    v1."P_PAddressL2",
    v1."P_PCity",
    v1."P_PAddressState",
    v1."P_PZipCode",
    v1."P_PCounty",
    v1."P_PFName",
    v1."P_PLName",
    v1."P_PMedicaidNumber",
    v2."P_PAdmissionID" as "ConP_PAdmissionID",
    v2."P_PName" as "ConP_PName",
    v2."P_PAddressID" as "ConP_PAddressID",
    v2."P_PAppAddressID" as "ConP_PAppAddressID",
    v2."P_PAddressL1" as "ConP_PAddressL1",
    v2."P_PAddressL2" as "ConP_PAddressL2",
    v2."P_PCity" as "ConP_PCity",
    v2."P_PAddressState" as "ConP_PAddressState",
    v2."P_PZipCode" as "ConP_PZipCode",
    v2."P_PCounty" as "ConP_PCounty",
    v2."P_PFName" as "ConP_PFName",
    v2."P_PLName" as "ConP_PLName",
    v2."P_PMedicaidNumber" as "ConP_PMedicaidNumber",
    v1."PA_PAdmissionID",
    v1."PA_PName",
    v1."PA_PAddressID",
    v1."PA_PAppAddressID",
    v1."PA_PAddressL1",
    v1."PA_PAddressL2",
    v1."PA_PCity",
    v1."PA_PAddressState",
    v1."PA_PZipCode",
    v1."PA_PCounty",
    v1."PA_PFName",
    v1."PA_PLName",
    v1."PA_PMedicaidNumber",
    v2."PA_PAdmissionID" as "ConPA_PAdmissionID",
    v2."PA_PName" as "ConPA_PName",
    v2."PA_PAddressID" as "ConPA_PAddressID",
    v2."PA_PAppAddressID" as "ConPA_PAppAddressID",
    v2."PA_PAddressL1" as "ConPA_PAddressL1",
    v2."PA_PAddressL2" as "ConPA_PAddressL2",
    v2."PA_PCity" as "ConPA_PCity",
    v2."PA_PAddressState" as "ConPA_PAddressState",
    v2."PA_PZipCode" as "ConPA_PZipCode",
    v2."PA_PCounty" as "ConPA_PCounty",
    v2."PA_PFName" as "ConPA_PFName",
    v2."PA_PLName" as "ConPA_PLName",
    v2."PA_PMedicaidNumber" as "ConPA_PMedicaidNumber",
    v1."ContractType",
    v2."ContractType" as "ConContractType",
    v1."BillRateNonBilled",
    v2."BillRateNonBilled" as "ConBillRateNonBilled",
    v1."BillRateBoth",
    v2."BillRateBoth" as "ConBillRateBoth",
    v1."FederalTaxNumber",
    v2."FederalTaxNumber" as "ConFederalTaxNumber",
    cp."SameSchTimeFlag",
    cp."SameVisitTimeFlag",
    cp."SchAndVisitTimeSameFlag",
    cp."SchOverAnotherSchTimeFlag",
    cp."VisitTimeOverAnotherVisitTimeFlag",
    cp."SchTimeOverVisitTimeFlag",
    cp."DistanceFlag"
from conflicting_pairs as cp
inner join visit_projection as v1
    on v1.visit_row = cp.v1_row
inner join visit_projection as v2
    on v2.visit_row = cp.v2_row;

-- why an index: steps 4 and 5 probe the pairs by key; a misestimated nested loop stays an index probe
create index on conflict_pairs ("VisitID", "ConVisitID");

analyze conflict_pairs ("VisitID", "ConVisitID");


-- 3b. the detected pairs per group: a full night replaces them all; a delta night replaces those of the
--     dirty groups and drops those of the days that left the window, the clean groups' pairs stand
delete from conflict.pairing_detected as d
where (select pm.mode from pairing_mode as pm) <> 'delta'
    or d."VisitDate" < (select pm.window_first_day from pairing_mode as pm)
    or exists (
        select 1
        from conflict.pairing_scope as ps
        where ps.run_id = current_setting('conflictdb.run_id')::bigint
            and ps."SSN" = d."SSN"
            and ps."VisitDate" = d."VisitDate"
    );

insert into conflict.pairing_detected (
    "VisitID",
    "ConVisitID",
    "SSN",
    "VisitDate"
)
select distinct
    p."VisitID",
    p."ConVisitID",
    p."SSN",
    p."VisitDate"
from conflict_pairs as p;

analyze conflict.pairing_detected;


-- 4. the original's first statement: mark every dated conflict row pending re-validation (all statuses,
--    in-service and PTO rows too), except the rows of the pairs detected tonight, which steps 5 and 6
--    refresh (they set UpdateFlag to NULL). pairing_detected holds exactly those pairs: tonight's
--    conflict_pairs on a full night, and on a delta night also the clean groups' pairs, which tonight's
--    full pairing would detect again
update conflict.conflictvisitmaps as cvm
set "UpdateFlag" = 1
where cvm."CONFLICTID" is not null
    and cvm."VisitDate" between (current_setting('conflictdb.as_of')::timestamp - interval '2 years')::date
        and (current_setting('conflictdb.as_of')::timestamp + interval '45 days')::date
    -- why: a row already pending would be rewritten with the same value; skipping it saves the write
    and cvm."UpdateFlag" is distinct from 1
    and not exists (
        select 1
        from conflict.pairing_detected as d
        where d."VisitID" = cvm."VisitID"
            and d."ConVisitID" = cvm."ConVisitID"
    );


-- 5. refresh the stored pairs that still conflict
update conflict.conflictvisitmaps as cvm
set
    -- nondeterministic in Snowflake: ALLDATA holds one row per existing CONFLICTID of the primary visit
    -- (CVM rows with the same VisitID and AppVisitID), and the UPDATE takes an arbitrary one; we keep
    -- the row's own CONFLICTID when it is one of them, else the smallest (NULL when there is none)
    "CONFLICTID" = case
        when cvm."CONFLICTID" is not null and cvm."AppVisitID" = p."AppVisitID" then cvm."CONFLICTID"
        else p.min_conflictid
    end,
    "SSN" = p."SSN",
    "ProviderID" = p."ProviderID",
    "AppProviderID" = p."AppProviderID",
    "ProviderName" = p."ProviderName",
    -- "VisitID" and "ConVisitID" are the match keys; the original assigns them their own value
    "AppVisitID" = p."AppVisitID",
    "ConProviderID" = p."ConProviderID",
    "ConAppProviderID" = p."ConAppProviderID",
    "ConProviderName" = p."ConProviderName",
    "ConAppVisitID" = p."ConAppVisitID",
    "VisitDate" = p."VisitDate",
    "SchStartTime" = p."SchStartTime",
    "SchEndTime" = p."SchEndTime",
    "ConSchStartTime" = p."ConSchStartTime",
    "ConSchEndTime" = p."ConSchEndTime",
    "VisitStartTime" = p."VisitStartTime",
    "VisitEndTime" = p."VisitEndTime",
    "ConVisitStartTime" = p."ConVisitStartTime",
    "ConVisitEndTime" = p."ConVisitEndTime",
    "EVVStartTime" = p."EVVStartTime",
    "EVVEndTime" = p."EVVEndTime",
    "ConEVVStartTime" = p."ConEVVStartTime",
    "ConEVVEndTime" = p."ConEVVEndTime",
    "CaregiverID" = p."CaregiverID",
    "AppCaregiverID" = p."AppCaregiverID",
    "AideCode" = p."AideCode",
    "AideName" = p."AideName",
    "AideSSN" = p."AideSSN",
    "ConCaregiverID" = p."ConCaregiverID",
    "ConAppCaregiverID" = p."ConAppCaregiverID",
    "ConAideCode" = p."ConAideCode",
    "ConAideName" = p."ConAideName",
    "ConAideSSN" = p."ConAideSSN",
    "OfficeID" = p."OfficeID",
    "AppOfficeID" = p."AppOfficeID",
    "Office" = p."Office",
    "ConOfficeID" = p."ConOfficeID",
    "ConAppOfficeID" = p."ConAppOfficeID",
    "ConOffice" = p."ConOffice",
    "PatientID" = p."PatientID",
    "AppPatientID" = p."AppPatientID",
    "PAdmissionID" = p."PAdmissionID",
    "PName" = p."PName",
    "PAddressID" = p."PAddressID",
    "PAppAddressID" = p."PAppAddressID",
    "PAddressL1" = p."PAddressL1",
    "PAddressL2" = p."PAddressL2",
    "PCity" = p."PCity",
    "PAddressState" = p."PAddressState",
    "PZipCode" = p."PZipCode",
    "PCounty" = p."PCounty",
    "PLongitude" = p."PLongitude",
    "PLatitude" = p."PLatitude",
    "ConPatientID" = p."ConPatientID",
    "ConAppPatientID" = p."ConAppPatientID",
    "ConPAdmissionID" = p."ConPAdmissionID",
    "ConPName" = p."ConPName",
    "ConPAddressID" = p."ConPAddressID",
    "ConPAppAddressID" = p."ConPAppAddressID",
    "ConPAddressL1" = p."ConPAddressL1",
    "ConPAddressL2" = p."ConPAddressL2",
    "ConPCity" = p."ConPCity",
    "ConPAddressState" = p."ConPAddressState",
    "ConPZipCode" = p."ConPZipCode",
    "ConPCounty" = p."ConPCounty",
    "ConPLongitude" = p."ConPLongitude",
    "ConPLatitude" = p."ConPLatitude",
    "PayerID" = p."PayerID",
    "AppPayerID" = p."AppPayerID",
    "Contract" = p."Contract",
    "ConPayerID" = p."ConPayerID",
    "ConAppPayerID" = p."ConAppPayerID",
    "ConContract" = p."ConContract",
    "BilledDate" = p."BilledDate",
    "ConBilledDate" = p."ConBilledDate",
    "BilledHours" = p."BilledHours",
    "ConBilledHours" = p."ConBilledHours",
    "Billed" = p."Billed",
    "ConBilled" = p."ConBilled",
    "MinuteDiffBetweenSch" = p."MinuteDiffBetweenSch",
    "DistanceMilesFromLatLng" = p."DistanceMilesFromLatLng",
    "AverageMilesPerHour" = p."AverageMilesPerHour",
    "ETATravleMinutes" = p."ETATravleMinutes",
    "ServiceCodeID" = p."ServiceCodeID",
    "AppServiceCodeID" = p."AppServiceCodeID",
    "RateType" = p."RateType",
    "ServiceCode" = p."ServiceCode",
    "ConServiceCodeID" = p."ConServiceCodeID",
    "ConAppServiceCodeID" = p."ConAppServiceCodeID",
    "ConRateType" = p."ConRateType",
    "ConServiceCode" = p."ConServiceCode",
    "UpdateFlag" = null,
    "UpdatedDate" = current_setting('conflictdb.as_of')::timestamp,
    -- re-detection re-opens every status except W and I (R and D included).
    -- quirk: a NULL status stays NULL, because NULL NOT IN ('W', 'I') is not true
    "StatusFlag" = case
        when cvm."StatusFlag" not in ('W', 'I') then 'U'
        else cvm."StatusFlag"
    end,
    "ResolveDate" = null,
    "AideFName" = p."AideFName",
    "AideLName" = p."AideLName",
    "ConAideFName" = p."ConAideFName",
    "ConAideLName" = p."ConAideLName",
    "PFName" = p."PFName",
    "PLName" = p."PLName",
    "ConPFName" = p."ConPFName",
    "ConPLName" = p."ConPLName",
    "PMedicaidNumber" = p."PMedicaidNumber",
    "ConPMedicaidNumber" = p."ConPMedicaidNumber",
    "PayerState" = p."PayerState",
    "ConPayerState" = p."ConPayerState",
    "LastUpdatedBy" = p."LastUpdatedBy",
    "ConLastUpdatedBy" = p."ConLastUpdatedBy",
    "LastUpdatedDate" = p."LastUpdatedDate",
    "ConLastUpdatedDate" = p."ConLastUpdatedDate",
    "BilledRate" = p."BilledRate",
    "TotalBilledAmount" = p."TotalBilledAmount",
    "ConBilledRate" = p."ConBilledRate",
    "ConTotalBilledAmount" = p."ConTotalBilledAmount",
    "IsMissed" = p."IsMissed",
    "MissedVisitReason" = p."MissedVisitReason",
    "EVVType" = p."EVVType",
    "ConIsMissed" = p."ConIsMissed",
    "ConMissedVisitReason" = p."ConMissedVisitReason",
    "ConEVVType" = p."ConEVVType",
    "PStatus" = p."PStatus",
    "ConPStatus" = p."ConPStatus",
    "AideStatus" = p."AideStatus",
    "ConAideStatus" = p."ConAideStatus",
    "P_PatientID" = p."P_PatientID",
    "P_AppPatientID" = p."P_AppPatientID",
    "ConP_PatientID" = p."ConP_PatientID",
    "ConP_AppPatientID" = p."ConP_AppPatientID",
    "PA_PatientID" = p."PA_PatientID",
    "PA_AppPatientID" = p."PA_AppPatientID",
    "ConPA_PatientID" = p."ConPA_PatientID",
    "ConPA_AppPatientID" = p."ConPA_AppPatientID",
    "P_PAdmissionID" = p."P_PAdmissionID",
    "P_PName" = p."P_PName",
    "P_PAddressID" = p."P_PAddressID",
    "P_PAppAddressID" = p."P_PAppAddressID",
    "P_PAddressL1" = p."P_PAddressL1",
    "P_PAddressL2" = p."P_PAddressL2",
    "P_PCity" = p."P_PCity",
    "P_PAddressState" = p."P_PAddressState",
    "P_PZipCode" = p."P_PZipCode",
    "P_PCounty" = p."P_PCounty",
    "P_PFName" = p."P_PFName",
    "P_PLName" = p."P_PLName",
    "P_PMedicaidNumber" = p."P_PMedicaidNumber",
    "ConP_PAdmissionID" = p."ConP_PAdmissionID",
    "ConP_PName" = p."ConP_PName",
    "ConP_PAddressID" = p."ConP_PAddressID",
    "ConP_PAppAddressID" = p."ConP_PAppAddressID",
    "ConP_PAddressL1" = p."ConP_PAddressL1",
    "ConP_PAddressL2" = p."ConP_PAddressL2",
    "ConP_PCity" = p."ConP_PCity",
    "ConP_PAddressState" = p."ConP_PAddressState",
    "ConP_PZipCode" = p."ConP_PZipCode",
    "ConP_PCounty" = p."ConP_PCounty",
    "ConP_PFName" = p."ConP_PFName",
    "ConP_PLName" = p."ConP_PLName",
    "ConP_PMedicaidNumber" = p."ConP_PMedicaidNumber",
    "PA_PAdmissionID" = p."PA_PAdmissionID",
    "PA_PName" = p."PA_PName",
    "PA_PAddressID" = p."PA_PAddressID",
    "PA_PAppAddressID" = p."PA_PAppAddressID",
    "PA_PAddressL1" = p."PA_PAddressL1",
    "PA_PAddressL2" = p."PA_PAddressL2",
    "PA_PCity" = p."PA_PCity",
    "PA_PAddressState" = p."PA_PAddressState",
    "PA_PZipCode" = p."PA_PZipCode",
    "PA_PCounty" = p."PA_PCounty",
    "PA_PFName" = p."PA_PFName",
    "PA_PLName" = p."PA_PLName",
    "PA_PMedicaidNumber" = p."PA_PMedicaidNumber",
    "ConPA_PAdmissionID" = p."ConPA_PAdmissionID",
    "ConPA_PName" = p."ConPA_PName",
    "ConPA_PAddressID" = p."ConPA_PAddressID",
    "ConPA_PAppAddressID" = p."ConPA_PAppAddressID",
    "ConPA_PAddressL1" = p."ConPA_PAddressL1",
    "ConPA_PAddressL2" = p."ConPA_PAddressL2",
    "ConPA_PCity" = p."ConPA_PCity",
    "ConPA_PAddressState" = p."ConPA_PAddressState",
    "ConPA_PZipCode" = p."ConPA_PZipCode",
    "ConPA_PCounty" = p."ConPA_PCounty",
    "ConPA_PFName" = p."ConPA_PFName",
    "ConPA_PLName" = p."ConPA_PLName",
    "ConPA_PMedicaidNumber" = p."ConPA_PMedicaidNumber",
    "ContractType" = p."ContractType",
    "ConContractType" = p."ConContractType",
    -- quirk: sticky flags; a stored 'N' takes tonight's value, a stored 'Y' stays 'Y' even when the rule
    -- no longer holds, and a stored NULL stays NULL for ever (Q-5)
    "SameSchTimeFlag" = case
        when cvm."SameSchTimeFlag" = 'N' then p."SameSchTimeFlag"
        else cvm."SameSchTimeFlag"
    end,
    "SameVisitTimeFlag" = case
        when cvm."SameVisitTimeFlag" = 'N' then p."SameVisitTimeFlag"
        else cvm."SameVisitTimeFlag"
    end,
    "SchAndVisitTimeSameFlag" = case
        when cvm."SchAndVisitTimeSameFlag" = 'N' then p."SchAndVisitTimeSameFlag"
        else cvm."SchAndVisitTimeSameFlag"
    end,
    "SchOverAnotherSchTimeFlag" = case
        when cvm."SchOverAnotherSchTimeFlag" = 'N' then p."SchOverAnotherSchTimeFlag"
        else cvm."SchOverAnotherSchTimeFlag"
    end,
    "VisitTimeOverAnotherVisitTimeFlag" = case
        when cvm."VisitTimeOverAnotherVisitTimeFlag" = 'N' then p."VisitTimeOverAnotherVisitTimeFlag"
        else cvm."VisitTimeOverAnotherVisitTimeFlag"
    end,
    "SchTimeOverVisitTimeFlag" = case
        when cvm."SchTimeOverVisitTimeFlag" = 'N' then p."SchTimeOverVisitTimeFlag"
        else cvm."SchTimeOverVisitTimeFlag"
    end,
    "DistanceFlag" = case
        when cvm."DistanceFlag" = 'N' then p."DistanceFlag"
        else cvm."DistanceFlag"
    end,
    "BillRateNonBilled" = p."BillRateNonBilled",
    "ConBillRateNonBilled" = p."ConBillRateNonBilled",
    "BillRateBoth" = p."BillRateBoth",
    "ConBillRateBoth" = p."ConBillRateBoth",
    "FederalTaxNumber" = p."FederalTaxNumber",
    "ConFederalTaxNumber" = p."ConFederalTaxNumber"
from conflict_pairs as p
-- quirk: the original's WHERE, precedence as written: AND binds tighter than OR, so the in-service/PTO,
-- UpdateFlag and NULL-ConVisitID guards belong to the second branch only, and that branch never matches
-- (a pair always has a ConVisitID). The effective match is (VisitID, ConVisitID) alone: no condition on
-- UpdateFlag, CONFLICTID, VisitDate or status (Q-4). PostgreSQL factors the common VisitID equality out
-- of the OR, so the match stays an equi-join.
where (cvm."VisitID" = p."VisitID" and cvm."ConVisitID" = p."ConVisitID")
    or (cvm."VisitID" = p."VisitID"
        and cvm."ConVisitID" is null
        and p."ConVisitID" is null
        and cvm."InserviceStartDate" is null
        and cvm."InserviceEndDate" is null
        and cvm."PTOStartDate" is null
        and cvm."PTOEndDate" is null
        and cvm."ConInserviceStartDate" is null
        and cvm."ConInserviceEndDate" is null
        and cvm."ConPTOStartDate" is null
        and cvm."ConPTOEndDate" is null
        and cvm."UpdateFlag" = 1);


-- 6. delta night: the stored rows of the clean groups' detected pairs get what the full night's refresh
--    (step 5) would change in them; every other column already holds the value step 5 would write,
--    because their inputs did not change since the previous night refreshed them (0150 pairs a group
--    again when one of its detected pairs' rows was not refreshed by the previous night)
create temp table clean_detected_pairs on commit drop as
select
    d."VisitID",
    d."ConVisitID"
from conflict.pairing_detected as d
where (select pm.mode from pairing_mode as pm) = 'delta'
    and d."VisitDate" between (select pm.window_first_day from pairing_mode as pm)
        and (select pm.window_last_day from pairing_mode as pm)
    and not exists (
        select 1
        from conflict.pairing_scope as ps
        where ps.run_id = current_setting('conflictdb.run_id')::bigint
            and ps."SSN" = d."SSN"
            and ps."VisitDate" = d."VisitDate"
    );

-- why a table with statistics: the clean pairs are most of the stored rows. Estimated from the
-- subqueries above, the UPDATE probed conflictvisitmaps pair by pair in random order, dirtying and
-- writing each page many times (SF 5 night 3: 20.7 s); counted, it reads the table once in physical
-- order and rewrites each page once
analyze clean_detected_pairs;

update conflict.conflictvisitmaps as cvm
set
    "UpdateFlag" = null,
    "UpdatedDate" = current_setting('conflictdb.as_of')::timestamp,
    -- as step 5: re-detection re-opens every status except W and I; a NULL status stays NULL
    "StatusFlag" = case
        when cvm."StatusFlag" not in ('W', 'I') then 'U'
        else cvm."StatusFlag"
    end,
    "ResolveDate" = null
from clean_detected_pairs as c
where c."VisitID" = cvm."VisitID"
    and c."ConVisitID" = cvm."ConVisitID"
    -- why: most clean rows were stamped the same way last night; rewrite only what changes
    and (
        cvm."UpdateFlag" is not null
        or cvm."UpdatedDate" is distinct from current_setting('conflictdb.as_of')::timestamp
        or cvm."StatusFlag" not in ('W', 'I', 'U')
        or cvm."ResolveDate" is not null
    );
