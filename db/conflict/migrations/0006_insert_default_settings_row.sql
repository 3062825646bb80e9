-- 0006_insert_default_settings_row.sql
-- inserts: the single conflict.settings row ("ID" = 1) that the app and the chain read.
-- why: every reader assumes exactly one row (the app filters "ID" = 1; the chain CROSS JOINs SETTINGS, so
--      zero rows would silently disable detection and two rows would duplicate every pair).
-- values: the column defaults the original declares for SETTINGS in CREATE_SETTINGS_TABLE
--      (Scripts13/snowflake/Procedures.sql): "ExtraDistance" 25, "ExtraDistancePer" 1.25,
--      "NORESPONSELIMITTIME" 0; the legacy cron flags, "LastLoadDate" and "InProgressFlag" start NULL
--      (no refresh has run yet). Production values are set through the app's Setup screen or copied
--      from Snowflake at cut-over (update the row; do not insert a second one).
-- idempotent: does nothing if a row with "ID" = 1 exists.

insert into conflict.settings (
    "ID",
    "ExtraDistance",
    "ExtraDistancePer",
    "NORESPONSELIMITTIME",
    "UpdateCronFlag",
    "InsertCronFlag",
    "ConflictIDFlag",
    "GroupIDFlag",
    "VisitHistoryFlag",
    "LastLoadDate",
    "InProgressFlag"
)
values (
    1,
    25,
    1.25,
    0,
    null,
    null,
    null,
    null,
    null,
    null,
    null
)
on conflict ("ID") do nothing;
