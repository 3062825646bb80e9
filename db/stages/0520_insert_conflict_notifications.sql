-- 0520_insert_conflict_notifications.sql
-- ports: INSERT_CONFLICTS (TASK_05, statements 14-15: 'New Conflict' and 'Resolved' notifications)
-- reads: conflict.conflicts, conflict.conflictvisitmaps, conflict.notifications
-- writes: conflict.notifications (insert only)
-- idempotent: each insert skips (CONFLICTID, "ProviderID", "AppProviderID") triples that already have a
--        notification of its type. quirk: the guard is a plain equality, so a pair with a NULL
--        "ProviderID" or "AppProviderID" never matches it and its notification is inserted again on
--        every run of the same day, as in the original.
-- why: tells the primary visit's agency about conflicts created tonight and about conflicts resolved
--        tonight (rules-task03-06.md 6.4 S14, S15), after stage 0510 has settled the statuses.
--        "Contract" and "ReadUnreadFlag" stay NULL (TASK_06 writes 'From Payer' rows with a Contract).

create temp table notification_clock on commit drop as
select
    s.as_of,
    s.as_of::date as today
from (
    select current_setting('conflictdb.as_of')::timestamp as as_of
) as s;

-- S14: conflicts recorded today (DATE(RECORDEDDATETIME) = CURRENT_DATE), whatever their status.
-- quirk: if the night fails after the CONFLICTS insert and is resumed after midnight, the notification
-- is never sent (the test is on the day the row was recorded).
create temp table conflicts_recorded_today on commit drop as
select
    c."CONFLICTID"
from conflict.conflicts as c
cross join notification_clock as k
where c."RECORDEDDATETIME" >= k.today
    and c."RECORDEDDATETIME" < k.today + 1;

-- why: the planner needs the real count to choose between index lookups and hash joins below
analyze conflicts_recorded_today;

-- One row per distinct (CONFLICTID, primary "ProviderID", "AppProviderID") of the conflict's pairs.
insert into conflict.notifications (
    "CONFLICTID",
    "ProviderID",
    "AppProviderID",
    "NotificationType",
    "CreatedDate",
    "CreatedDateTime"
)
select distinct
    t."CONFLICTID",
    cvm."ProviderID",
    cvm."AppProviderID",
    'New Conflict',
    k.today,
    k.as_of
from conflicts_recorded_today as t
inner join conflict.conflictvisitmaps as cvm
    on cvm."CONFLICTID" = t."CONFLICTID"
cross join notification_clock as k
where not exists (
    select 1
    from conflict.notifications as n
    where n."CONFLICTID" = t."CONFLICTID"
        and n."ProviderID" = cvm."ProviderID"
        and n."AppProviderID" = cvm."AppProviderID"
        and n."NotificationType" = 'New Conflict'
)
-- why: a stable order so the surrogate "ID"s come out the same on every run
order by
    t."CONFLICTID",
    cvm."ProviderID",
    cvm."AppProviderID";

-- S15: conflicts resolved today (DATE("ResolveDate") = CURRENT_DATE, status R or D) whose pairs are
-- all R or D: COUNT(ID) of all pairs = COUNT(ID) of the R/D pairs ("ID" is the not null primary key).
-- A conflict gets 'Resolved' once per provider ever: re-opened and resolved again later, it is not
-- notified again.
-- quirk: the original writes SELECT DISTINCT ... HAVING (all pairs) = (R/D pairs) with no GROUP BY.
-- The reference oracle (README approximation 3) runs it as if DISTINCT grouped the select list; the
-- HAVING then filters each distinct (CONFLICTID, "ProviderID", "AppProviderID") row, and since its two
-- counts depend on CONFLICTID only, it is the per-conflict condition computed here.
create temp table conflicts_resolved_today on commit drop as
select
    c."CONFLICTID"
from conflict.conflicts as c
cross join notification_clock as k
inner join conflict.conflictvisitmaps as cvm
    on cvm."CONFLICTID" = c."CONFLICTID"
where c."ResolveDate" >= k.today
    and c."ResolveDate" < k.today + 1
    and c."StatusFlag" in ('R', 'D')
group by c."CONFLICTID"
having count(*) = count(*) filter (where cvm."StatusFlag" in ('R', 'D'));

analyze conflicts_resolved_today;

insert into conflict.notifications (
    "CONFLICTID",
    "ProviderID",
    "AppProviderID",
    "NotificationType",
    "CreatedDate",
    "CreatedDateTime"
)
select distinct
    t."CONFLICTID",
    cvm."ProviderID",
    cvm."AppProviderID",
    'Resolved',
    k.today,
    k.as_of
from conflicts_resolved_today as t
inner join conflict.conflictvisitmaps as cvm
    on cvm."CONFLICTID" = t."CONFLICTID"
cross join notification_clock as k
where not exists (
    select 1
    from conflict.notifications as n
    where n."CONFLICTID" = t."CONFLICTID"
        and n."ProviderID" = cvm."ProviderID"
        and n."AppProviderID" = cvm."AppProviderID"
        and n."NotificationType" = 'Resolved'
)
order by
    t."CONFLICTID",
    cvm."ProviderID",
    cvm."AppProviderID";
