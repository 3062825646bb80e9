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

-- S14: conflicts recorded today (DATE(RECORDEDDATETIME) = CURRENT_DATE), one row per distinct
-- (CONFLICTID, primary "ProviderID", "AppProviderID") of their pairs, whatever their status.
-- quirk: if the night fails after the CONFLICTS insert and is resumed after midnight, the notification
-- is never sent (the test is on the day the row was recorded).
insert into conflict.notifications (
    "CONFLICTID",
    "ProviderID",
    "AppProviderID",
    "NotificationType",
    "CreatedDate",
    "CreatedDateTime"
)
select distinct
    c."CONFLICTID",
    cvm."ProviderID",
    cvm."AppProviderID",
    'New Conflict',
    k.as_of::date,
    k.as_of
from conflict.conflicts as c
cross join (
    select current_setting('conflictdb.as_of')::timestamp as as_of
) as k
inner join conflict.conflictvisitmaps as cvm
    on cvm."CONFLICTID" = c."CONFLICTID"
where c."RECORDEDDATETIME" >= k.as_of::date
    and c."RECORDEDDATETIME" < k.as_of::date + 1
    and not exists (
        select 1
        from conflict.notifications as n
        where n."CONFLICTID" = c."CONFLICTID"
            and n."ProviderID" = cvm."ProviderID"
            and n."AppProviderID" = cvm."AppProviderID"
            and n."NotificationType" = 'New Conflict'
    )
-- why: a stable order so the surrogate "ID"s come out the same on every run
order by
    c."CONFLICTID",
    cvm."ProviderID",
    cvm."AppProviderID";

-- S15: conflicts resolved today (DATE("ResolveDate") = CURRENT_DATE, status R or D) whose pairs are
-- all R or D. A conflict gets 'Resolved' once per provider ever: re-opened and resolved again later, it
-- is not notified again.
-- quirk: the original writes SELECT DISTINCT ... HAVING (all pairs) = (R/D pairs) with no GROUP BY.
-- The reference oracle (README approximation 3) runs it as if DISTINCT grouped the select list; the
-- HAVING then filters each distinct (CONFLICTID, "ProviderID", "AppProviderID") row, and since its two
-- counts depend on CONFLICTID only, it is the per-conflict condition written in WHERE below.
with resolved_today as (
    select
        c."CONFLICTID"
    from conflict.conflicts as c
    cross join (
        select current_setting('conflictdb.as_of')::timestamp as as_of
    ) as k
    where c."ResolveDate" >= k.as_of::date
        and c."ResolveDate" < k.as_of::date + 1
        and c."StatusFlag" in ('R', 'D')
),
fully_resolved as (
    -- COUNT(ID) of all pairs = COUNT(ID) of the R/D pairs ("ID" is the not null primary key)
    select
        r."CONFLICTID"
    from resolved_today as r
    inner join conflict.conflictvisitmaps as cvm
        on cvm."CONFLICTID" = r."CONFLICTID"
    group by r."CONFLICTID"
    having count(*) = count(*) filter (where cvm."StatusFlag" in ('R', 'D'))
)
insert into conflict.notifications (
    "CONFLICTID",
    "ProviderID",
    "AppProviderID",
    "NotificationType",
    "CreatedDate",
    "CreatedDateTime"
)
select distinct
    f."CONFLICTID",
    cvm."ProviderID",
    cvm."AppProviderID",
    'Resolved',
    k.as_of::date,
    k.as_of
from fully_resolved as f
cross join (
    select current_setting('conflictdb.as_of')::timestamp as as_of
) as k
inner join conflict.conflictvisitmaps as cvm
    on cvm."CONFLICTID" = f."CONFLICTID"
where not exists (
    select 1
    from conflict.notifications as n
    where n."CONFLICTID" = f."CONFLICTID"
        and n."ProviderID" = cvm."ProviderID"
        and n."AppProviderID" = cvm."AppProviderID"
        and n."NotificationType" = 'Resolved'
)
order by
    f."CONFLICTID",
    cvm."ProviderID",
    cvm."AppProviderID";
