-- 0002_create_visit_facts.sql
-- creates: analytics.factvisitcallperformance_cr and analytics.factvisitcallperformance_deleted_cr,
--   each range-partitioned monthly on "Visit Date", with monthly partitions 2024-01 .. 2027-12
--   (<table>_pYYYYMM) and a default partition (<table>_default)
-- source: ANALYTICS.BI.FACTVISITCALLPERFORMANCE_CR (HHAX, not permanently deleted) and
--   ANALYTICS.BI.FACTVISITCALLPERFORMANCE_DELETED_CR (HHAX, permanently deleted)
-- columns: those of the earlier PostgreSQL analytics DDL (Scripts09), which the chain and the
--   parity cases use; types from the views' Snowflake DESCRIBE (Scripts06-Analytics/Views/*.txt):
--   TIMESTAMP_TZ -> timestamp holding the wall-clock time of the value's own offset (converted
--   once by the sync), NUMBER(p,s) -> numeric(p,s), VARCHAR(n) -> varchar(n), VARCHAR -> text.
--   "Updated Datatimestamp" is not a view column: the sync's load time (Scripts09 kept it).
-- why partitioned: about 272M (_CR) and 25M (_DELETED_CR) rows in a rolling 18-month source
--   window; old months are detached/dropped instead of deleted, autovacuum works per month.
--   A primary key of a partitioned table must contain the partition key, hence
--   ("Visit Id","Visit Date"); the sync updates by "Visit Id" so a changed "Visit Date" moves
--   the row. Future months: see db/analytics/README.md.

create table analytics.factvisitcallperformance_cr (
    "Visit Id" varchar(100) not null,
    "Application Visit Id" varchar(50),
    "Patient Id" varchar(50),
    "Application Patient Id" bigint,
    "Caregiver Id" varchar(50),
    "Application Caregiver Id" bigint,
    "Provider Id" varchar(50),
    "Application Provider Id" varchar(50),
    "Office Id" varchar(50),
    "Application Office Id" varchar(50),
    "Payer Id" varchar(50),
    "Application Payer Id" bigint,
    "Contract Id" varchar(50),
    "Application Contract Id" varchar(50),
    "Service Code Id" varchar(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    -- TIMESTAMP_TZ in Snowflake: local midnight of the visit day
    "Visit Date" timestamp not null,
    "Scheduled Start Time" timestamp,
    "Scheduled End Time" timestamp,
    "Visit Start Time" timestamp,
    "Visit End Time" timestamp,
    "Call In Time" timestamp,
    "Call In GPS Coordinates" varchar(100),
    "Call Out Time" timestamp,
    "Call Out GPS Coordinates" varchar(100),
    "Call Out Device Type" varchar(20),
    "Bill Type" text,
    "Billed" varchar(3),
    "Billed Hours" numeric(38, 6),
    "Billed Rate" numeric(19, 3),
    "Total Billed Amount" numeric(19, 3),
    "Bill Rate Non-Billed" numeric(18, 6),
    -- TIMESTAMP_TZ in Snowflake (the chain's BilledDate is CAST("Invoice Date" AS timestamp))
    "Invoice Date" timestamp,
    "Is Missed" boolean,
    "Missed Visit Reason" varchar(500),
    "Visit Updated User Id" varchar(50),
    "Application Visit Updated User Id" varchar(50),
    "Visit Updated Timestamp" timestamp,
    "Updated Datatimestamp" timestamp,
    -- Snowflake hash() over the copied columns (signed 64-bit): the sync's change detector
    "Conflict Report Hash" bigint,
    constraint factvisitcallperformance_cr_pkey primary key ("Visit Id", "Visit Date")
) partition by range ("Visit Date");

create table analytics.factvisitcallperformance_deleted_cr (
    "Visit Id" varchar(100) not null,
    "Application Visit Id" varchar(50),
    "Patient Id" varchar(50),
    "Application Patient Id" bigint,
    "Caregiver Id" varchar(50),
    "Application Caregiver Id" bigint,
    "Provider Id" varchar(50),
    "Application Provider Id" varchar(50),
    "Office Id" varchar(50),
    "Application Office Id" varchar(50),
    "Payer Id" varchar(50),
    "Application Payer Id" bigint,
    "Contract Id" varchar(50),
    "Application Contract Id" varchar(50),
    "Service Code Id" varchar(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp not null,
    "Scheduled Start Time" timestamp,
    "Scheduled End Time" timestamp,
    "Visit Start Time" timestamp,
    "Visit End Time" timestamp,
    "Call In Time" timestamp,
    "Call In GPS Coordinates" varchar(100),
    "Call Out Time" timestamp,
    "Call Out GPS Coordinates" varchar(100),
    "Call Out Device Type" varchar(20),
    "Bill Type" text,
    "Billed" varchar(3),
    "Billed Hours" numeric(38, 6),
    "Billed Rate" numeric(19, 3),
    "Total Billed Amount" numeric(19, 3),
    "Bill Rate Non-Billed" numeric(18, 6),
    "Invoice Date" timestamp,
    "Is Missed" boolean,
    "Missed Visit Reason" varchar(500),
    "Visit Updated User Id" varchar(50),
    "Application Visit Updated User Id" varchar(50),
    "Visit Updated Timestamp" timestamp,
    "Updated Datatimestamp" timestamp,
    "Conflict Report Hash" bigint,
    constraint factvisitcallperformance_deleted_cr_pkey primary key ("Visit Id", "Visit Date")
) partition by range ("Visit Date");

-- one partition per month 2024-01 .. 2027-12 for both tables; later months are created by the
-- sync before it loads them (README), rows outside every month land in the default partition
do $$
declare
    month_start date;
    parent text;
begin
    foreach parent in array array['factvisitcallperformance_cr', 'factvisitcallperformance_deleted_cr'] loop
        for month_start in
            select generate_series(date '2024-01-01', date '2027-12-01', interval '1 month')::date
        loop
            execute format(
                'create table analytics.%I partition of analytics.%I for values from (%L) to (%L)',
                parent || '_p' || to_char(month_start, 'YYYYMM'),
                parent,
                month_start::timestamp,
                (month_start + interval '1 month')::timestamp
            );
        end loop;
    end loop;
end
$$;

create table analytics.factvisitcallperformance_cr_default
    partition of analytics.factvisitcallperformance_cr default;

create table analytics.factvisitcallperformance_deleted_cr_default
    partition of analytics.factvisitcallperformance_deleted_cr default;

comment on table analytics.factvisitcallperformance_cr is
    'ANALYTICS.BI.FACTVISITCALLPERFORMANCE_CR: visits (HHAX, not permanently deleted); monthly partitions on "Visit Date"';
comment on table analytics.factvisitcallperformance_deleted_cr is
    'ANALYTICS.BI.FACTVISITCALLPERFORMANCE_DELETED_CR: permanently deleted visits; monthly partitions on "Visit Date"';
