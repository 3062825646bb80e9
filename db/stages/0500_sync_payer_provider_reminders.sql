-- 0500_sync_payer_provider_reminders.sql
-- ports: INSERT_CONFLICTS (TASK_05, statements 1-2: payer x provider reminder sync)
-- reads: analytics.dimprovider, analytics.dimpayerprovider, analytics.dimpayer,
--        conflict.payer_provider_reminders
-- writes: conflict.payer_provider_reminders (insert of absent pairs; update of "Contract", "ProviderName")
-- idempotent: a pair is inserted only when no reminder row has its keys, and the name refresh writes the
--        values the dimensions already hold, so a second run inserts and changes nothing.
-- why: TASK_05 opens by re-syncing the reminder list that TASK_06 reads for the 'From Payer' reminders
--        (rules-task03-06.md 6.4 S1, S2). TASK_01 (stage 0100) runs nearly the same pair of statements,
--        but keyed on the ids alone; this one keys on id '~' app id, so it normally inserts nothing.

-- S1: new (payer, provider) pairs. Every key here is Snowflake's CONCAT(id, '~', app id): NULL when the
-- app id is NULL (|| propagates NULL like CONCAT), so dimension rows with a NULL app id never join and a
-- reminder row with a NULL app id never blocks an insert. No Is Active / Is Demo filter applies.
-- The NOT EXISTS sees the table as it was before the statement, so one pair that the dimensions give
-- two distinct names would be inserted twice, as in Snowflake (the analytics keys prevent that).
insert into conflict.payer_provider_reminders (
    "PayerID",
    "AppPayerID",
    "Contract",
    "ProviderID",
    "AppProviderID",
    "ProviderName",
    "CreatedDateTime",
    "NumberOfDays"
)
select distinct
    dpp."Payer Id",
    dpp."Application Payer Id",
    dpa."Payer Name",
    dpp."Provider Id",
    dpp."Application Provider Id",
    dp."Provider Name",
    current_setting('conflictdb.as_of')::timestamp,
    null::bigint
from analytics.dimprovider as dp
inner join analytics.dimpayerprovider as dpp
    on dpp."Provider Id" || '~' || dpp."Application Provider Id"
        = dp."Provider Id" || '~' || dp."Application Provider Id"
inner join analytics.dimpayer as dpa
    on dpa."Payer Id" || '~' || dpa."Application Payer Id"
        = dpp."Payer Id" || '~' || dpp."Application Payer Id"
where not exists (
    select 1
    from conflict.payer_provider_reminders as ppr
    where ppr."PayerID" || '~' || ppr."AppPayerID"
            = dpp."Payer Id" || '~' || dpp."Application Payer Id"
        and ppr."ProviderID" || '~' || ppr."AppProviderID"
            = dpp."Provider Id" || '~' || dpp."Application Provider Id"
)
-- why: a stable order so the surrogate "ID"s come out the same on every run
order by
    dpp."Payer Id",
    dpp."Provider Id",
    dpp."Application Payer Id",
    dpp."Application Provider Id",
    dpa."Payer Name",
    dp."Provider Name";

-- S2: refresh the payer and provider names of every reminder row whose four ids equal a dimension pair
-- (plain equality here, the dimensions still joined on the CONCAT keys as in the original). The app ids,
-- "CreatedDateTime" and "NumberOfDays" are never changed.
with names_by_pair as (
    -- nondeterministic in Snowflake: UPDATE ... FROM with several matching dimension rows for one
    -- reminder row uses an arbitrary one; here the smallest ("Payer Name", "Provider Name") wins. With
    -- the analytics primary keys there is only ever one.
    select distinct on (
        dpp."Payer Id",
        dpp."Application Payer Id",
        dpp."Provider Id",
        dpp."Application Provider Id"
    )
        dpp."Payer Id",
        dpp."Application Payer Id",
        dpp."Provider Id",
        dpp."Application Provider Id",
        dpa."Payer Name",
        dp."Provider Name"
    from analytics.dimprovider as dp
    inner join analytics.dimpayerprovider as dpp
        on dpp."Provider Id" || '~' || dpp."Application Provider Id"
            = dp."Provider Id" || '~' || dp."Application Provider Id"
    inner join analytics.dimpayer as dpa
        on dpa."Payer Id" || '~' || dpa."Application Payer Id"
            = dpp."Payer Id" || '~' || dpp."Application Payer Id"
    order by
        dpp."Payer Id",
        dpp."Application Payer Id",
        dpp."Provider Id",
        dpp."Application Provider Id",
        dpa."Payer Name" collate "C",
        dp."Provider Name" collate "C"
)
update conflict.payer_provider_reminders as ppr
set
    "Contract" = n."Payer Name",
    "ProviderName" = n."Provider Name"
from names_by_pair as n
where ppr."PayerID" = n."Payer Id"
    and ppr."AppPayerID" = n."Application Payer Id"
    and ppr."ProviderID" = n."Provider Id"
    and ppr."AppProviderID" = n."Application Provider Id"
    -- why: rows whose names are already current need no new row version (same end state)
    and (
        ppr."Contract" is distinct from n."Payer Name"
        or ppr."ProviderName" is distinct from n."Provider Name"
    );
