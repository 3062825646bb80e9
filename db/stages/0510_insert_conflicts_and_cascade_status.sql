-- 0510_insert_conflicts_and_cascade_status.sql
-- ports: INSERT_CONFLICTS (TASK_05, statements 3-13: new CONFLICTS rows and the status cascade)
-- reads: conflict.conflictvisitmaps, conflict.conflicts
-- writes: conflict.conflicts (insert of new CONFLICTIDs; update of "StatusFlag", "ResolveDate",
--        "ResolvedBy"), conflict.conflictvisitmaps (update of "StatusFlag", "ResolveDate", "ResolvedBy")
-- idempotent: CONFLICTS rows are inserted only for absent CONFLICTIDs, and a resolved row keeps its
--        first "ResolveDate", so a second run writes nothing on every parity case. quirk: not on every
--        state, exactly like the original: S6 re-opens an R conflict (e.g. one whose primary visit is
--        missed) because one of its pairs is still 'U', then S13 turns that pair to 'N' (its
--        "ConNoResponseFlag" is 'Yes'); a second run no longer finds the 'U' pair and S10/S11 resolve
--        the conflict. The port reproduces both runs (checked against the oracle on random states).
-- why: every CONFLICTID numbered by TASK_04 gets its parent row, then ten whole-table UPDATEs move
--        statuses between the parent (CONFLICTS, "CF") and its pairs (CONFLICTVISITMAPS, "CVM"):
--        missed visits resolve, a still-open pair re-opens its conflict, a conflict with at most one
--        open pair is resolved with its pairs, and open rows lose their resolve date and author or go
--        to 'N' on a no-response flag (rules-task03-06.md 6.4 S3-S13).
-- how: the original rewrites all of CVM twice (S5 sets "ResolveDate"/"ResolvedBy" on every row, S13
--        clears them again on every open row). Here the state each row holds after the last of those
--        statements is computed in one pass over CVM and one over CF, and only rows whose values change
--        are written. The comments give, statement by statement, why the composition below is the same.
--        Statuses: U open, N no response, R resolved, D deleted at source (terminal), W whitelisted,
--        I ignored; a NULL status fails every IN / NOT IN test, as in Snowflake.

create temp table cascade_clock on commit drop as
select
    s.as_of,
    s.as_of::date as today,
    -- the window of S6: DATE(DATEADD(year, -2, GETDATE())) .. DATE(DATEADD(day, 45, GETDATE())),
    -- both inclusive; interval arithmetic is calendar arithmetic as in Snowflake (29 Feb - 2 y = 28 Feb)
    (s.as_of - interval '2 years')::date as window_start,
    (s.as_of + interval '45 days')::date as window_end
from (
    select current_setting('conflictdb.as_of')::timestamp as as_of
) as s;

-- S3: one parent row per CONFLICTID of CVM that has none. The original inserts only CONFLICTID and
-- "CreatedDate" (CURRENT_DATE into a timestamp: today 00:00) and leaves "RECORDEDDATETIME" (default
-- CURRENT_TIMESTAMP) and "StatusFlag" (default 'U') to the defaults; both are written explicitly here
-- so no default reads the wall clock. It does not look at the pairs' statuses.
insert into conflict.conflicts (
    "CONFLICTID",
    "RECORDEDDATETIME",
    "StatusFlag",
    "CreatedDate"
)
select
    cvm."CONFLICTID",
    k.as_of,
    'U',
    k.today::timestamp
from conflict.conflictvisitmaps as cvm
cross join cascade_clock as k
where cvm."CONFLICTID" is not null
    and not exists (
        select 1
        from conflict.conflicts as c
        where c."CONFLICTID" = cvm."CONFLICTID"
    )
group by
    cvm."CONFLICTID",
    k.as_of,
    k.today
order by cvm."CONFLICTID";

-- Per conflict, what the cascade needs to know about its pairs, with each pair's status as S5 leaves
-- it ("status_after_con_missed": D stays D, a missed conflicting visit makes it R, else unchanged).
-- Pairs without a CONFLICTID take part only in S5 and S13 (below). Plain aggregates only, so one
-- sequential scan and a hash aggregate serve the whole table.
create temp table conflict_pair_summary on commit drop as
with pairs_after_con_missed as (
    select
        cvm."CONFLICTID",
        cvm."ID",
        cvm."VisitDate",
        cvm."IsMissed",
        case
            when cvm."StatusFlag" = 'D' then 'D'
            when cvm."ConIsMissed" = true then 'R'
            else cvm."StatusFlag"
        end as status_after_con_missed
    from conflict.conflictvisitmaps as cvm
    where cvm."CONFLICTID" is not null
)
select
    p."CONFLICTID",
    -- COUNT(CVM.ID) and COUNT(DISTINCT CVM.ID) of the original: "ID" is the (not null) primary key
    count(*) as pair_count,
    count(*) filter (
        where p.status_after_con_missed in ('R', 'D')
    ) as resolved_pair_count,
    -- S6: a pair still 'U' with its visit date inside the window
    coalesce(
        bool_or(
            p.status_after_con_missed = 'U'
            and p."VisitDate" >= k.window_start
            and p."VisitDate" <= k.window_end
        ),
        false
    ) as has_open_pair_in_window,
    -- S8 looks at the only pair of a one-pair conflict
    min(p.status_after_con_missed) as only_pair_status,
    -- nondeterministic in Snowflake: S4 (and S8, S11) is UPDATE CF ... FROM CVM with one source row per
    -- pair, so Snowflake reads "IsMissed", "AgencyContact" and "ProviderName" from an arbitrary pair of
    -- the conflict. Here they come from one pair: the smallest "ID" among the pairs whose primary visit
    -- is missed, or else the smallest "ID" (so "any pair missed" makes the conflict R, as decision D-4
    -- of rules-task03-06.md 6.5 says, and its author comes from that same pair). S8 and S11 use the
    -- same pair, so they never add to what S4 wrote. The pairs of one CONFLICTID share the primary
    -- visit, so they normally agree anyway.
    coalesce(bool_or(p."IsMissed"), false) as picked_is_missed,
    coalesce(
        min(p."ID") filter (where p."IsMissed"),
        min(p."ID")
    ) as picked_pair_id
from pairs_after_con_missed as p
cross join cascade_clock as k
group by p."CONFLICTID";

analyze conflict_pair_summary;

-- The parent side of the cascade, one row per conflict with at least one pair (a conflict without
-- pairs is matched by none of S4-S13 and keeps its values).
create temp table conflict_outcome on commit drop as
with after_missed_primary as (
    -- S4: D stays D; R when the (picked) pair's primary visit is missed; else unchanged.
    -- "ResolveDate" and "ResolvedBy" are filled in every branch (below, after S12).
    -- quirk: a missed primary visit overrides a user's W (whitelisted) or I (ignored), and S4-S13 work
    -- on the whole tables, not on the visit window (only S6 looks at it).
    select
        cf."CONFLICTID",
        cf."StatusFlag" as status_before,
        cf."ResolveDate" as resolve_date_before,
        cf."ResolvedBy" as resolved_by_before,
        cf."NoResponseFlag",
        cp.pair_count,
        cp.resolved_pair_count,
        cp.has_open_pair_in_window,
        cp.only_pair_status,
        cp.picked_pair_id,
        case
            when cf."StatusFlag" = 'D' then 'D'
            when cp.picked_is_missed then 'R'
            else cf."StatusFlag"
        end as status_s4
    from conflict.conflicts as cf
    inner join conflict_pair_summary as cp
        on cp."CONFLICTID" = cf."CONFLICTID"
),
after_reopen as (
    -- S6: a conflict not D, I, W or U (R, N or another non-NULL value) with a pair still 'U' in the
    -- window is re-opened. S5 ran before it, so a pair of a missed conflicting visit no longer counts.
    select
        a.*,
        case
            when a.status_s4 not in ('D', 'I', 'W', 'U') and a.has_open_pair_in_window then 'U'
            else a.status_s4
        end as status_s6
    from after_missed_primary as a
),
after_single_pair as (
    -- S7: the only pair of a one-pair conflict that is R or D becomes R (D stays D).
    -- S8: a one-pair conflict whose pair is then R or D becomes R (D stays D). Its
    --     "ResolveDate"/"ResolvedBy" COALESCEs repeat S4's.
    -- quirk: S8 does not look at the conflict's own status: U, W, I, N and NULL all become R.
    select
        r.*,
        (r.pair_count = 1 and r.status_s6 in ('R', 'D')) as only_pair_resolved_s7,
        case
            when r.pair_count = 1
                and (r.only_pair_status in ('R', 'D') or r.status_s6 in ('R', 'D'))
                then case when r.status_s6 = 'D' then 'D' else 'R' end
            else r.status_s6
        end as status_s8
    from after_reopen as r
),
after_all_pairs_resolved as (
    -- S9: pairs of an R/D conflict whose pairs are all R/D: D stays D, else R (no change, they are all
    --     R or D already).
    -- S10: pairs of an R/D conflict with at most one pair not R/D (counted after S7): every pair not D
    --     becomes R.
    -- quirk: S10's "all or all but one" force-resolves the last open pair, even when it is W or I.
    -- S11: a conflict not R/D (NULL excluded) whose pairs are all R/D becomes R (W and I included).
    --     S7 and S10 only touch R/D conflicts, so here the pairs' statuses are still S5's.
    select
        s.*,
        (
            s.status_s8 in ('R', 'D')
            and s.pair_count
                - case when s.only_pair_resolved_s7 then s.pair_count else s.resolved_pair_count end
                <= 1
        ) as resolves_all_pairs_s10,
        case
            when s.status_s8 not in ('R', 'D') and s.resolved_pair_count = s.pair_count then 'R'
            else s.status_s8
        end as status_s11
    from after_single_pair as s
)
-- S12: a conflict left U, N, W or I goes to 'N' when "NoResponseFlag" = 'Yes' and loses
-- "ResolveDate"/"ResolvedBy"; every other conflict keeps what S4 filled in: the first time it was seen
-- (COALESCE with the old value) and the first non-NULL of the old author, the picked pair's
-- "AgencyContact" and "ProviderName" (looked up below, only where the old author is NULL).
select
    o."CONFLICTID",
    o.picked_pair_id,
    coalesce(o.resolves_all_pairs_s10, false) as resolves_all_pairs,
    case
        when o.status_s11 in ('U', 'N', 'W', 'I') and o."NoResponseFlag" = 'Yes' then 'N'
        else o.status_s11
    end as status_after,
    case
        when o.status_s11 in ('U', 'N', 'W', 'I') then null
        else coalesce(o.resolve_date_before, k.as_of)
    end as resolve_date_after,
    case
        when o.status_s11 in ('U', 'N', 'W', 'I') then null
        else o.resolved_by_before
    end::varchar(200) as resolved_by_after,
    (
        not coalesce(o.status_s11 in ('U', 'N', 'W', 'I'), false)
        and o.resolved_by_before is null
    ) as needs_picked_author
from after_all_pairs_resolved as o
cross join cascade_clock as k;

analyze conflict_outcome;

-- why: the author comes from the picked pair; reading it only for the few conflicts without one
-- (resolved tonight, typically) keeps this to primary-key lookups instead of another pass over CVM.
update conflict_outcome as o
set resolved_by_after = coalesce(p."AgencyContact", p."ProviderName")
from conflict.conflictvisitmaps as p
where p."ID" = o.picked_pair_id
    and o.needs_picked_author;

update conflict.conflicts as cf
set
    "StatusFlag" = o.status_after,
    "ResolveDate" = o.resolve_date_after,
    "ResolvedBy" = o.resolved_by_after
from conflict_outcome as o
where o."CONFLICTID" = cf."CONFLICTID"
    -- why: only rows the cascade really changes get a new row version (same end state)
    and (cf."StatusFlag", cf."ResolveDate", cf."ResolvedBy")
        is distinct from (o.status_after, o.resolve_date_after, o.resolved_by_after);

-- The pair side. S5 (every row, no WHERE): D stays D, a missed conflicting visit makes the pair R,
-- and every row gets "ResolveDate" = COALESCE(old, now) and "ResolvedBy" = COALESCE(old,
-- "ConAgencyContact", "ConProviderName"); S7/S9/S10 only re-apply those COALESCEs, S10 turns the pairs
-- of its conflicts to R (D stays D). S13: a row left U, N, W or I goes to 'N' when "ConNoResponseFlag"
-- = 'Yes' and loses "ResolveDate"/"ResolvedBy" again.
-- quirk: a missed conflicting visit overrides a user's W or I on the pair too.
create temp table pair_changes on commit drop as
with pairs_after_resolve as (
    select
        cvm."ID",
        cvm."StatusFlag" as status_before,
        cvm."ResolveDate" as resolve_date_before,
        cvm."ResolvedBy" as resolved_by_before,
        cvm."ConNoResponseFlag",
        cvm."ConAgencyContact",
        cvm."ConProviderName",
        case
            when cvm."StatusFlag" = 'D' then 'D'
            when o.resolves_all_pairs then 'R'
            when cvm."ConIsMissed" = true then 'R'
            else cvm."StatusFlag"
        end as status_s10
    from conflict.conflictvisitmaps as cvm
    left join conflict_outcome as o
        on o."CONFLICTID" = cvm."CONFLICTID"
),
pairs_after as (
    select
        p."ID",
        p.status_before,
        p.resolve_date_before,
        p.resolved_by_before,
        case
            when p.status_s10 in ('U', 'N', 'W', 'I') and p."ConNoResponseFlag" = 'Yes' then 'N'
            else p.status_s10
        end as status_after,
        case
            when p.status_s10 in ('U', 'N', 'W', 'I') then null
            else coalesce(p.resolve_date_before, k.as_of)
        end as resolve_date_after,
        case
            when p.status_s10 in ('U', 'N', 'W', 'I') then null
            else coalesce(p.resolved_by_before, p."ConAgencyContact", p."ConProviderName")
        end as resolved_by_after
    from pairs_after_resolve as p
    cross join cascade_clock as k
)
select
    a."ID",
    a.status_after,
    a.resolve_date_after,
    a.resolved_by_after
from pairs_after as a
where (a.status_before, a.resolve_date_before, a.resolved_by_before)
    is distinct from (a.status_after, a.resolve_date_after, a.resolved_by_after);

analyze pair_changes;

update conflict.conflictvisitmaps as cvm
set
    "StatusFlag" = c.status_after,
    "ResolveDate" = c.resolve_date_after,
    "ResolvedBy" = c.resolved_by_after
from pair_changes as c
where c."ID" = cvm."ID";
