-- 0009_create_payer_conflicts_views.sql
-- creates: conflict.v_payer_conflicts_common (port of CONFLICTREPORT.PUBLIC.V_PAYER_CONFLICTS_COMMON,
--      Scripts13/snowflake/Views.sql) and conflict.dt_payer_conflicts_common, a plain view over it
--      standing in for the dynamic table DT_PAYER_CONFLICTS_COMMON (Tables.sql, SELECT * FROM the view).
-- why: TASK_11, TASK_12 and TASK_13 (payer dashboards, payer charts, state dashboards, payer summaries)
--      read only DT_PAYER_CONFLICTS_COMMON: one canonical CVM row per (CONFLICTID, VISIT_KEY) of an
--      active payer, with its conflict type, minutes and amounts (rules-task07-13.md section 7).
-- reads: conflict.conflictvisitmaps, conflict.conflicts, analytics.dimpayer
-- dt as a view: in Snowflake the dynamic table (target_lag 365 days) is refreshed only by TASK_9_5, just
--      before its readers run, so a view gives every reader of the chain the same rows (the oracle does
--      the same). Materialising it (table or materialized view refreshed after the billable-units
--      stage) is a later performance decision; readers keep the name dt_payer_conflicts_common.
-- last migration on purpose: the view reads analytics.dimpayer, created by db/analytics/migrations,
--      which the runner applies before every conflict migration.
-- columns: the 92 Snowflake columns in Snowflake order and spelling (unquoted Snowflake names are
--      upper-case, e.g. "ID", "VISIT_KEY", "GROUP_SIZE").
-- quirk: the original reads ANALYTICS_SANDBOX.BI.DIMPAYER while every other object reads ANALYTICS.BI;
--      the port reads analytics.dimpayer (rules-task07-13.md 7.1).
-- semantics kept from Snowflake:
--      - VISIT_KEY compares the two application visit ids as strings in binary order (collate "C",
--        so '10' < '9'); NULL if either id is NULL;
--      - minute differences count minute boundaries crossed (Snowflake TIMESTAMPDIFF(MINUTE, ...)):
--        whole minutes between the two timestamps truncated to the minute;
--      - GREATEST/LEAST only ever see non-NULL arguments here (guarded by IS NOT NULL), so PostgreSQL's
--        NULL-skipping versions give Snowflake's results;
--      - a row whose flags are NULL fails the NOT (pure PTO) test as in Snowflake (three-valued logic).

create view conflict.v_payer_conflicts_common as
with
active_payers as (
    select
        payer."Payer Id" as "APID"
    from analytics.dimpayer as payer
    where payer."Is Active" = true
        and payer."Is Demo" = false
),

-- why: GROUP_SIZE counts the conflicts of a group over every in-scope row, before the canonical-row
-- and CONTYPE filters below
group_sizes as (
    select
        cvm."GroupID",
        count(distinct cvm."CONFLICTID") as "GROUP_SIZE"
    from conflict.conflictvisitmaps as cvm
    where exists (
            select 1
            from active_payers
            where active_payers."APID" = cvm."PayerID"
        )
        and not (
            cvm."PTOFlag" = 'Y'
            and cvm."SameSchTimeFlag" = 'N'
            and cvm."SameVisitTimeFlag" = 'N'
            and cvm."SchAndVisitTimeSameFlag" = 'N'
            and cvm."SchOverAnotherSchTimeFlag" = 'N'
            and cvm."VisitTimeOverAnotherVisitTimeFlag" = 'N'
            and cvm."SchTimeOverVisitTimeFlag" = 'N'
            and cvm."DistanceFlag" = 'N'
            and cvm."InServiceFlag" = 'N'
        )
    group by cvm."GroupID"
),

-- rows of an active payer that are not pure PTO rows and belong to a group (inner join drops NULL groups)
visits_in_scope as (
    select
        cvm.*,
        group_sizes."GROUP_SIZE"
    from conflict.conflictvisitmaps as cvm
    inner join group_sizes
        on group_sizes."GroupID" = cvm."GroupID"
    where exists (
            select 1
            from active_payers
            where active_payers."APID" = cvm."PayerID"
        )
        and not (
            cvm."PTOFlag" = 'Y'
            and cvm."SameSchTimeFlag" = 'N'
            and cvm."SameVisitTimeFlag" = 'N'
            and cvm."SchAndVisitTimeSameFlag" = 'N'
            and cvm."SchOverAnotherSchTimeFlag" = 'N'
            and cvm."VisitTimeOverAnotherVisitTimeFlag" = 'N'
            and cvm."SchTimeOverVisitTimeFlag" = 'N'
            and cvm."DistanceFlag" = 'N'
            and cvm."InServiceFlag" = 'N'
        )
),

-- why: VISIT_KEY names the unordered visit pair, so the two mirror rows of a pair share it
visits_keyed as (
    select
        visits_in_scope.*,
        case
            when visits_in_scope."AppVisitID" collate "C" <= visits_in_scope."ConAppVisitID"
                then visits_in_scope."AppVisitID" || '|' || visits_in_scope."ConAppVisitID"
            else visits_in_scope."ConAppVisitID" || '|' || visits_in_scope."AppVisitID"
        end as "VISIT_KEY"
    from visits_in_scope
),

-- the canonical row of each (CONFLICTID, VISIT_KEY): the smallest ID
canonical_ids as (
    select
        visits_keyed."CONFLICTID",
        visits_keyed."VISIT_KEY",
        min(visits_keyed."ID") as "CANON_ID"
    from visits_keyed
    group by
        visits_keyed."CONFLICTID",
        visits_keyed."VISIT_KEY"
),

visits_enriched as (
    select
        visit_row."ID",
        visit_row."CONFLICTID",
        visit_row."GroupID",
        visit_row."FederalTaxNumber",
        visit_row."PayerID",
        visit_row."AppPayerID",
        visit_row."ConPayerID",
        visit_row."Contract",
        visit_row."ContractType",
        visit_row."ConContractType",
        visit_row."ConContract",
        visit_row."ProviderID",
        visit_row."ProviderName",
        visit_row."AgencyContact",
        visit_row."AgencyPhone",
        visit_row."AppVisitID",
        visit_row."ConAppVisitID",
        visit_row."VisitID",
        visit_row."ConVisitID",
        visit_row."CaregiverID",
        visit_row."AppCaregiverID",
        visit_row."AideCode",
        visit_row."AideFName",
        visit_row."AideLName",
        visit_row."AideSSN",
        visit_row."SSN",
        visit_row."PA_PatientID",
        visit_row."PA_PName",
        visit_row."PA_PAdmissionID",
        visit_row."PA_PFName",
        visit_row."PA_PLName",
        visit_row."PA_PMedicaidNumber",
        visit_row."PA_PStatus",
        visit_row."PA_PCounty",
        visit_row."P_PCounty",
        visit_row."VisitDate",
        visit_row."VisitStartTime",
        visit_row."VisitEndTime",
        visit_row."SchStartTime",
        visit_row."SchEndTime",
        visit_row."EVVStartTime",
        visit_row."EVVEndTime",
        visit_row."ShVTSTTime",
        visit_row."ShVTENTime",
        visit_row."CShVTSTTime",
        visit_row."CShVTENTime",
        visit_row."BilledRateMinute",
        visit_row."BilledHours",
        visit_row."BilledDate",
        visit_row."TotalBilledAmount",
        visit_row."Billed",
        visit_row."BILLABLEMINUTESFULLSHIFT",
        visit_row."BILLABLEMINUTESOVERLAP",
        visit_row."SameSchTimeFlag",
        visit_row."SameVisitTimeFlag",
        visit_row."SchAndVisitTimeSameFlag",
        visit_row."SchOverAnotherSchTimeFlag",
        visit_row."VisitTimeOverAnotherVisitTimeFlag",
        visit_row."SchTimeOverVisitTimeFlag",
        visit_row."DistanceFlag",
        visit_row."InServiceFlag",
        visit_row."PTOFlag",
        visit_row."StatusFlag",
        conflict_row."StatusFlag" as "OrgParentStatusFlag",
        visit_row."FlagForReview",
        visit_row."IsMissed",
        visit_row."MissedVisitReason",
        conflict_row."NoResponseFlag",
        visit_row."ServiceCode",
        visit_row."EVVType",
        visit_row."DistanceMilesFromLatLng",
        visit_row."OfficeID",
        visit_row."Office",
        visit_row."LastUpdatedBy",
        visit_row."LastUpdatedDate",
        visit_row."CRDATEUNIQUE",
        visit_row."G_CRDATEUNIQUE",
        visit_row."GROUP_SIZE",
        visit_row."VISIT_KEY"
    from visits_keyed as visit_row
    inner join canonical_ids
        on canonical_ids."CANON_ID" = visit_row."ID"
    inner join conflict.conflicts as conflict_row
        on conflict_row."CONFLICTID" = visit_row."CONFLICTID"
),

time_and_minutes as (
    select
        visits_enriched.*,
        case
            when "SameSchTimeFlag" = 'Y'
                or "SameVisitTimeFlag" = 'Y'
                or "SchAndVisitTimeSameFlag" = 'Y'
                or "SchOverAnotherSchTimeFlag" = 'Y'
                or "VisitTimeOverAnotherVisitTimeFlag" = 'Y'
                or "SchTimeOverVisitTimeFlag" = 'Y'
                then 1
            else 0
        end as "HAS_TIME_OVERLAP",
        case when "DistanceFlag" = 'Y' then 1 else 0 end as "HAS_TIME_DISTANCE",
        case when "InServiceFlag" = 'Y' then 1 else 0 end as "HAS_IN_SERVICE",
        case
            when "BILLABLEMINUTESFULLSHIFT" is not null
                then "BILLABLEMINUTESFULLSHIFT"
            when "ShVTSTTime" is not null
                and "ShVTENTime" is not null
                -- Snowflake TIMESTAMPDIFF(MINUTE, ShVTSTTime, ShVTENTime): minute boundaries crossed
                then (
                    extract(epoch from
                        date_trunc('minute', "ShVTENTime")
                        - date_trunc('minute', "ShVTSTTime")
                    ) / 60
                )::bigint
            else 0
        end as "FULL_SHIFT_MIN",
        case
            -- billable overlap minutes are trusted only for groups of up to two conflicts or distance conflicts
            when "BILLABLEMINUTESOVERLAP" is not null
                and ("GROUP_SIZE" <= 2 or "DistanceFlag" = 'Y')
                then "BILLABLEMINUTESOVERLAP"
            when "ShVTSTTime" is not null
                and "ShVTENTime" is not null
                and "CShVTSTTime" is not null
                and "CShVTENTime" is not null
                -- GREATEST(0, TIMESTAMPDIFF(MINUTE, later start, earlier end))
                then greatest(
                    0,
                    (
                        extract(epoch from
                            date_trunc('minute', least("ShVTENTime", "CShVTENTime"))
                            - date_trunc('minute', greatest("ShVTSTTime", "CShVTSTTime"))
                        ) / 60
                    )::bigint
                )
            else 0
        end as "OVERLAP_MIN"
    from visits_enriched
),

classified as (
    select
        time_and_minutes.*,
        -- an empty-string PA_PCounty wins over P_PCounty, as in Snowflake
        coalesce("PA_PCounty", "P_PCounty") as "COUNTY",
        case ("HAS_TIME_OVERLAP", "HAS_TIME_DISTANCE", "HAS_IN_SERVICE")
            when (1, 0, 0) then 'only_to'
            when (0, 1, 0) then 'only_td'
            when (0, 0, 1) then 'only_is'
            when (1, 1, 0) then 'both_to_td'
            when (1, 0, 1) then 'both_to_is'
            when (0, 1, 1) then 'both_td_is'
            when (1, 1, 1) then 'all_to_td_is'
        end as "CONTYPE",
        case
            when "HAS_TIME_OVERLAP" = 1 then '100'
            when "HAS_TIME_DISTANCE" = 1 then '7'
            when "HAS_IN_SERVICE" = 1 then '8'
        end as "CONTYPEOLD",
        case
            when "BilledRateMinute" > 0
                then "FULL_SHIFT_MIN" * "BilledRateMinute"
            else 0
        end as "FULL_SHIFT_AMOUNT",
        case
            when "BilledRateMinute" > 0
                then "OVERLAP_MIN" * "BilledRateMinute"
            else 0
        end as "OVERLAP_AMOUNT",
        case when "Billed" = 'yes' then 'Recovery' else 'Avoidance' end as "COSTTYPE",
        case
            when "VisitStartTime" is null then 'Scheduled'
            when coalesce("Billed", 'no') != 'yes' then 'Confirmed'
            else 'Billed'
        end as "VISITTYPE"
    from time_and_minutes
)

select
        classified."ID",
        classified."CONFLICTID",
        classified."GroupID",
        classified."FederalTaxNumber",
        classified."PayerID",
        classified."AppPayerID",
        classified."ConPayerID",
        classified."Contract",
        classified."ContractType",
        classified."ConContractType",
        classified."ConContract",
        classified."ProviderID",
        classified."ProviderName",
        classified."AgencyContact",
        classified."AgencyPhone",
        classified."AppVisitID",
        classified."ConAppVisitID",
        classified."VisitID",
        classified."ConVisitID",
        classified."CaregiverID",
        classified."AppCaregiverID",
        classified."AideCode",
        classified."AideFName",
        classified."AideLName",
        classified."AideSSN",
        classified."SSN",
        classified."PA_PatientID",
        classified."PA_PName",
        classified."PA_PAdmissionID",
        classified."PA_PFName",
        classified."PA_PLName",
        classified."PA_PMedicaidNumber",
        classified."PA_PStatus",
        classified."PA_PCounty",
        classified."P_PCounty",
        classified."VisitDate",
        classified."VisitStartTime",
        classified."VisitEndTime",
        classified."SchStartTime",
        classified."SchEndTime",
        classified."EVVStartTime",
        classified."EVVEndTime",
        classified."ShVTSTTime",
        classified."ShVTENTime",
        classified."CShVTSTTime",
        classified."CShVTENTime",
        classified."BilledRateMinute",
        classified."BilledHours",
        classified."BilledDate",
        classified."TotalBilledAmount",
        classified."Billed",
        classified."BILLABLEMINUTESFULLSHIFT",
        classified."BILLABLEMINUTESOVERLAP",
        classified."SameSchTimeFlag",
        classified."SameVisitTimeFlag",
        classified."SchAndVisitTimeSameFlag",
        classified."SchOverAnotherSchTimeFlag",
        classified."VisitTimeOverAnotherVisitTimeFlag",
        classified."SchTimeOverVisitTimeFlag",
        classified."DistanceFlag",
        classified."InServiceFlag",
        classified."PTOFlag",
        classified."StatusFlag",
        classified."OrgParentStatusFlag",
        classified."FlagForReview",
        classified."IsMissed",
        classified."MissedVisitReason",
        classified."NoResponseFlag",
        classified."ServiceCode",
        classified."EVVType",
        classified."DistanceMilesFromLatLng",
        classified."OfficeID",
        classified."Office",
        classified."LastUpdatedBy",
        classified."LastUpdatedDate",
        classified."CRDATEUNIQUE",
        classified."G_CRDATEUNIQUE",
        classified."GROUP_SIZE",
        classified."VISIT_KEY",
        classified."HAS_TIME_OVERLAP",
        classified."HAS_TIME_DISTANCE",
        classified."HAS_IN_SERVICE",
        classified."FULL_SHIFT_MIN",
        classified."OVERLAP_MIN",
        classified."COUNTY",
        classified."CONTYPE",
        classified."CONTYPEOLD",
        classified."FULL_SHIFT_AMOUNT",
        classified."OVERLAP_AMOUNT",
        -- Snowflake reads OVERLAP_AMOUNT as a lateral alias of the same SELECT; computed here instead
        case when classified."StatusFlag" = 'R' then classified."OVERLAP_AMOUNT" else 0 end as "FINAL_AMOUNT",
        classified."COSTTYPE",
        classified."VISITTYPE"
from classified
where classified."CONTYPE" is not null;

comment on view conflict.v_payer_conflicts_common is 'Port of CONFLICTREPORT.PUBLIC.V_PAYER_CONFLICTS_COMMON: one canonical CVM row per (CONFLICTID, VISIT_KEY) of an active payer, with conflict type, minutes and amounts.';

create view conflict.dt_payer_conflicts_common as
select
    "ID",
    "CONFLICTID",
    "GroupID",
    "FederalTaxNumber",
    "PayerID",
    "AppPayerID",
    "ConPayerID",
    "Contract",
    "ContractType",
    "ConContractType",
    "ConContract",
    "ProviderID",
    "ProviderName",
    "AgencyContact",
    "AgencyPhone",
    "AppVisitID",
    "ConAppVisitID",
    "VisitID",
    "ConVisitID",
    "CaregiverID",
    "AppCaregiverID",
    "AideCode",
    "AideFName",
    "AideLName",
    "AideSSN",
    "SSN",
    "PA_PatientID",
    "PA_PName",
    "PA_PAdmissionID",
    "PA_PFName",
    "PA_PLName",
    "PA_PMedicaidNumber",
    "PA_PStatus",
    "PA_PCounty",
    "P_PCounty",
    "VisitDate",
    "VisitStartTime",
    "VisitEndTime",
    "SchStartTime",
    "SchEndTime",
    "EVVStartTime",
    "EVVEndTime",
    "ShVTSTTime",
    "ShVTENTime",
    "CShVTSTTime",
    "CShVTENTime",
    "BilledRateMinute",
    "BilledHours",
    "BilledDate",
    "TotalBilledAmount",
    "Billed",
    "BILLABLEMINUTESFULLSHIFT",
    "BILLABLEMINUTESOVERLAP",
    "SameSchTimeFlag",
    "SameVisitTimeFlag",
    "SchAndVisitTimeSameFlag",
    "SchOverAnotherSchTimeFlag",
    "VisitTimeOverAnotherVisitTimeFlag",
    "SchTimeOverVisitTimeFlag",
    "DistanceFlag",
    "InServiceFlag",
    "PTOFlag",
    "StatusFlag",
    "OrgParentStatusFlag",
    "FlagForReview",
    "IsMissed",
    "MissedVisitReason",
    "NoResponseFlag",
    "ServiceCode",
    "EVVType",
    "DistanceMilesFromLatLng",
    "OfficeID",
    "Office",
    "LastUpdatedBy",
    "LastUpdatedDate",
    "CRDATEUNIQUE",
    "G_CRDATEUNIQUE",
    "GROUP_SIZE",
    "VISIT_KEY",
    "HAS_TIME_OVERLAP",
    "HAS_TIME_DISTANCE",
    "HAS_IN_SERVICE",
    "FULL_SHIFT_MIN",
    "OVERLAP_MIN",
    "COUNTY",
    "CONTYPE",
    "CONTYPEOLD",
    "FULL_SHIFT_AMOUNT",
    "OVERLAP_AMOUNT",
    "FINAL_AMOUNT",
    "COSTTYPE",
    "VISITTYPE"
from conflict.v_payer_conflicts_common;

comment on view conflict.dt_payer_conflicts_common is 'Stand-in for the dynamic table CONFLICTREPORT.PUBLIC.DT_PAYER_CONFLICTS_COMMON (SELECT * FROM V_PAYER_CONFLICTS_COMMON): a plain view for now; materialising it is a later performance decision. Read by TASK_11, TASK_12, TASK_13.';

-- ownership and grants as for the tables (0008_grant_roles.sql); explicit, because default privileges
-- apply only when conflictdb_owner itself runs this migration
alter view conflict.v_payer_conflicts_common owner to conflictdb_owner;

alter view conflict.dt_payer_conflicts_common owner to conflictdb_owner;

grant select on
    conflict.v_payer_conflicts_common,
    conflict.dt_payer_conflicts_common
to conflict_pipeline, conflict_app;
