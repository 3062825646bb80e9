-- 0004_create_billable_units_tables.sql
-- creates: conflict.failed_api_logs, conflict.tmp_billable_updates
-- why: the two tables of the billable-units step (SP_GET_FINAL_BILLABLE_UNITS_OPTIMIZED, task 9_5), which
--      asks the revenue API for billable minutes/units: the failures it logs, and the batch of results it
--      merges into conflictvisitmaps.
-- source: Scripts13/snowflake/Tables.sql; every Snowflake column, same names (quoted), faithful types.
-- unlogged: tmp_billable_updates (the original overwrites it on every run, save_as_table mode "overwrite").

create table conflict.failed_api_logs (
    "APPVISITID"           bigint,
    "APPPAYERID"           bigint,
    "CONTRACT_ID_INTERNAL" bigint,
    "PAYLOAD"              text,
    "RESPONSE"             text,
    "FAILURE_TYPE"         text,
    "ERROR_MESSAGE"        text,
    "CONFLICTID"           bigint,
    constraint failed_api_logs_pkey primary key ("CONFLICTID")
);

comment on table conflict.failed_api_logs is 'Revenue-API calls of the billable-units step that failed, one row per CONFLICTID. Source: CONFLICTREPORT.PUBLIC.FAILED_API_LOGS.';

create unlogged table conflict.tmp_billable_updates (
    "ID"  bigint not null,
    "BMF" numeric(38,0) not null,
    "BUF" text not null,
    "BMO" numeric(38,0) not null,
    "BUO" text not null
);

comment on table conflict.tmp_billable_updates is 'Work table of the billable-units step: API results keyed by conflictvisitmaps."ID", merged into CVM; overwritten on every run. Source: CONFLICTREPORT.PUBLIC.TMP_BILLABLE_UPDATES.';
