-- 0005_create_refresh_status.sql
-- creates: analytics.factdatarefreshstatus
-- source: ANALYTICS.BI.FACTDATAREFRESHSTATUS, read only by the gate of ONE_TIME_TASK
--   (Scripts13/snowflake/Tasks.sql): the chain starts when exactly one row has
--   MODULE = 'Conflict Report', STATUS = 'success' and
--   TO_DATE(REFRESH_FINISHED_AT + INTERVAL '4 hour') = CURRENT_DATE.
-- columns: only the three the gate names; no DDL, DESCRIBE or sample of the view exists in the
--   original repository, so MODULE/STATUS are text (VARCHAR) and REFRESH_FINISHED_AT is a
--   timestamp holding the value's wall-clock time (its Snowflake type and zone are an open
--   question, rules-task07-13.md §15). Column names are upper case because the gate writes
--   them unquoted.
-- no key: the gate counts rows, and two successful refreshes on one day (count 2) must stay
--   visible, because then the original does not run.

create table analytics.factdatarefreshstatus (
    "MODULE" text,
    "STATUS" text,
    "REFRESH_FINISHED_AT" timestamp
);

comment on table analytics.factdatarefreshstatus is
    'ANALYTICS.BI.FACTDATAREFRESHSTATUS: refresh log of the analytics modules; the nightly gate reads it';
