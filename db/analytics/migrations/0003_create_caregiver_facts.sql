-- 0003_create_caregiver_facts.sql
-- creates: analytics.factcaregiverinservice and analytics.factcaregiverabsence
-- source: ANALYTICS.BI.FACTCAREGIVERINSERVICE (hha) and ANALYTICS.BI.FACTCAREGIVERABSENCE
--   (hha, "Active")
-- columns: those of the earlier PostgreSQL analytics DDL (Scripts09); Snowflake types from
--   Scripts06-Analytics/Views/*.txt. "Updated Datatimestamp" is not a view column: the sync fills
--   it from the view's watermark "Updated Date" (which can be NULL in the source).
-- keys: the view comments' keys, ("<id>","Environment"); Snowflake does not enforce them.
-- why not partitioned: 12.6M / 8.2M rows, read over the whole two-year window by caregiver.

create table analytics.factcaregiverinservice (
    -- NUMBER(38,0): the chain builds in-service VisitIDs as MD5('I' || this id as text),
    -- so it must render without a scale
    "Application Caregiver Inservice Id" bigint not null,
    "Environment" varchar(100) not null,
    "Caregiver Id" text,
    "Provider Id" text,
    "Office Id" text,
    "Inservice start date" timestamp,
    "Inservice end date" timestamp,
    "Updated Datatimestamp" timestamp,
    constraint factcaregiverinservice_pkey primary key ("Application Caregiver Inservice Id", "Environment")
);

create table analytics.factcaregiverabsence (
    -- NUMBER(38,5) in Snowflake (values like 6610315.00000); the disabled PTO procedures
    -- render it with CAST(... AS VARCHAR), which keeps the five decimals
    "Caregiver Vacation Id" numeric(38, 5) not null,
    "Environment" varchar(50) not null,
    "Global Caregiver Id" text,
    "Office Id" text,
    "Provider Id" text,
    "Start Date" timestamp,
    "End Date" timestamp,
    "Updated Datatimestamp" timestamp,
    constraint factcaregiverabsence_pkey primary key ("Caregiver Vacation Id", "Environment")
);

comment on table analytics.factcaregiverinservice is
    'ANALYTICS.BI.FACTCAREGIVERINSERVICE: caregiver in-service events (TASK_02_1, TASK_03_2)';
comment on table analytics.factcaregiverabsence is
    'ANALYTICS.BI.FACTCAREGIVERABSENCE: caregiver absences (PTO; its procedures are disabled in the original)';
