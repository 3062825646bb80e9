-- 0400_assign_conflict_ids.sql
-- ports: UPDATE_CONFLICT_VISIT_MAPS (TASK_04)
-- reads: conflict.conflictvisitmaps, conflict.pairing_runs
-- writes: conflict.conflictvisitmaps (update "CONFLICTID", "CRDATEUNIQUE"), conflict.pairing_runs
--        (marks this run's pairing complete)
-- idempotent: a second run finds un-numbered rows only under keys with a NULL "VisitID" or
--        "AppVisitID", whose numbers match no row, so nothing changes; "CRDATEUNIQUE" is written only
--        where it is NULL and the value it would get is NULL for those same rows.
-- why: rows inserted tonight by TASK_03 without a CONFLICTID get one new number per primary visit
--        ("VisitID", "AppVisitID"), counted on from the highest CONFLICTID in conflictvisitmaps; then
--        every row without "CRDATEUNIQUE" gets the earliest "CreatedDate" of its conflict
--        (rules-task03-06.md section 5). Both steps are computed in the original's order and written by
--        one UPDATE.

-- Step 1: number the primary visits that have un-numbered rows.
-- quirk: the base is MAX(CONFLICTID) of conflictvisitmaps, not of conflicts, so numbers freed by
--        deleted rows are handed out again while their old conflicts/notifications rows still exist.
-- quirk: the keys are ordered as text ('10' < '9', byte order, hence collate "C"), NULLs last as in
--        Snowflake; GROUP BY makes a NULL "VisitID" or "AppVisitID" a key of its own, which takes a
--        number that no row can receive below (plain equality never matches NULL): a gap in the range,
--        and those rows keep CONFLICTID NULL for good.
-- The keys are unique, so the numbering has no ties and is deterministic.
create temp table new_conflict_numbers on commit drop as
with highest_conflict_id as (
    select
        coalesce(max("CONFLICTID"), 0) as "CONFLICTID"
    from conflict.conflictvisitmaps
),
unnumbered_primary_visits as (
    select
        "VisitID",
        "AppVisitID"
    from conflict.conflictvisitmaps
    where "CONFLICTID" is null
    group by
        "VisitID",
        "AppVisitID"
)
select
    u."VisitID",
    u."AppVisitID",
    row_number() over (
        order by
            u."VisitID" collate "C" asc nulls last,
            u."AppVisitID" collate "C" asc nulls last
    ) + h."CONFLICTID" as "CONFLICTID"
from unnumbered_primary_visits as u
cross join highest_conflict_id as h;

analyze new_conflict_numbers;

-- Step 2: CRDATEUNIQUE, the creation time of the conflict, on rows that lack it, as the original
-- computes it on the state after step 1. Rows that already have a value keep it, also after a
-- renumbering; a new row joining an older conflict gets the conflict's earliest "CreatedDate", not its
-- own. Rows with a NULL CONFLICTID (or whose conflict has no "CreatedDate" at all) stay NULL, as the
-- original's correlated MIN yields NULL for them.
-- How: both steps are computed first and written by one UPDATE, so a new row is rewritten once, not
-- twice (on a first night every row is new: two rewrites of the whole wide table were 17 s at SF 1).
-- quirk: every row of the primary visit takes the new number, also rows that already had a CONFLICTID
--        (the original does not limit the target to CONFLICTID IS NULL): such a visit is renumbered
--        and its old conflict row, notifications and log history are orphaned.
create temp table numbered_rows on commit drop as
select
    cvm."ID",
    cvm."CreatedDate",
    cvm."CRDATEUNIQUE",
    n."CONFLICTID" is not null as renumbered,
    -- the row's CONFLICTID after step 1
    coalesce(n."CONFLICTID", cvm."CONFLICTID") as "CONFLICTID"
from conflict.conflictvisitmaps as cvm
left join new_conflict_numbers as n
    on n."VisitID" = cvm."VisitID"
    and n."AppVisitID" = cvm."AppVisitID";

analyze numbered_rows;

create temp table first_created_by_conflict on commit drop as
select
    nr."CONFLICTID",
    min(nr."CreatedDate") as "CRDATEUNIQUE"
from numbered_rows as nr
where nr."CONFLICTID" in (
    select
        pending."CONFLICTID"
    from numbered_rows as pending
    where pending."CRDATEUNIQUE" is null
)
group by
    nr."CONFLICTID";

analyze first_created_by_conflict;

update conflict.conflictvisitmaps as cvm
set
    "CONFLICTID" = nr."CONFLICTID",
    "CRDATEUNIQUE" = coalesce(cvm."CRDATEUNIQUE", f."CRDATEUNIQUE")
from numbered_rows as nr
left join first_created_by_conflict as f
    on f."CONFLICTID" = nr."CONFLICTID"
where cvm."ID" = nr."ID"
    and (
        nr.renumbered
        or (nr."CRDATEUNIQUE" is null and f."CRDATEUNIQUE" is not null)
    );

-- why: numbering changed "CONFLICTID" of every new row (NULL before); 0510 joins conflictvisitmaps to
-- conflicts on it, so it must plan on the new distribution, not on the one before this stage. Only the
-- columns the chain joins, filters or groups on (as 0300).
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

-- the night's pairing is complete once its pairs have their numbers: the next night's 0150 may pair
-- only what changed since this run (db/README.md, "Delta-scoped pairing"); a run that paired without
-- 0150 ('partial') never completes, so the night after it pairs in full
update conflict.pairing_runs as pr
set completed = true
where pr.run_id = current_setting('conflictdb.run_id')::bigint
    and pr.mode in ('full', 'delta');
