-- 0004_create_dimensions.sql
-- creates: the eleven dimension tables the chain and the web app read
--   dimcaregiver, dimcontract, dimoffice, dimpatient, dimpatientaddress, dimpayer,
--   dimpayerprovider, dimprovider, dimservicecode, dimuser, dimuseroffices
-- source: ANALYTICS.BI.<VIEW> of the same name (hha rows)
-- columns: those of the earlier PostgreSQL analytics DDL (Scripts09), which the chain and the
--   parity cases use, plus dimprovider."Environemnt" (sic; TASK_09_1 filters on it). Types from
--   Scripts06-Analytics/Views/*.txt: GUID ids stay character types (no uuid), application ids
--   that Snowflake keeps as VARCHAR stay text (values such as 541026.0 occur), TIMESTAMP_TZ/LTZ
--   -> timestamp (wall-clock time of the value's own offset), DOUBLE -> double precision.
-- keys: schema-inventory.md §2.1 (view comments and the team's uniqueness checks); Snowflake
--   does not enforce them, the sync loads the copied columns distinct.

create table analytics.dimcaregiver (
    "Caregiver Id" text not null,
    "Application Caregiver Id" bigint,
    "Caregiver Code" text,
    "Caregiver Firstname" text,
    "Caregiver Lastname" text,
    "Caregiver Fullname" text,
    -- stored as delivered; the chain always reads TRIM("SSN")
    "SSN" text,
    "Status" varchar(500),
    "Updated Datatimestamp" timestamp,
    constraint dimcaregiver_pkey primary key ("Caregiver Id")
);

create table analytics.dimcontract (
    "Contract Id" text not null,
    "Application Contract Id" text,
    "Contract Name" text,
    "Is Active" boolean,
    "Updated Datatimestamp" timestamp,
    constraint dimcontract_pkey primary key ("Contract Id")
);

create table analytics.dimoffice (
    "Office Id" text not null,
    "Application Office Id" text,
    "Office Name" text,
    "Is Active" boolean,
    "Updated Datatimestamp" timestamp,
    "Federal Tax Number" text,
    "NPI" varchar(100),
    constraint dimoffice_pkey primary key ("Office Id")
);

create table analytics.dimpatient (
    "Patient Id" text not null,
    "Payer Id" text,
    "Application Patient Id" bigint,
    "Patient Firstname" text,
    "Patient Lastname" text,
    "Patient Name" text,
    "Admission Id" varchar(500),
    "Medicaid Number" text,
    "Status" text,
    "Has Visit" boolean,
    "Updated Datatimestamp" timestamp,
    "Conflict Report Hash" bigint,
    constraint dimpatient_pkey primary key ("Patient Id")
);

create table analytics.dimpatientaddress (
    "Patient Address Id" varchar(50) not null,
    "Application Patient Address Id" bigint,
    "Patient Id" text,
    "Application Patient Id" bigint,
    "Address Type" text,
    "Address Line 1" text,
    "Address Line 2" text,
    "City" text,
    "County" text,
    "Address State" text,
    "Zip Code" text,
    "Primary Address" boolean,
    "Latitude" double precision,
    "Longitude" double precision,
    -- TIMESTAMP_LTZ in Snowflake
    "Application Created UTC Timestamp" timestamp,
    -- not a view column: the sync fills it from the view's watermark "Updated Timestamp"
    "Updated Datatimestamp" timestamp,
    constraint dimpatientaddress_pkey primary key ("Patient Address Id")
);

create table analytics.dimpayer (
    "Payer Id" text not null,
    "Application Payer Id" text,
    "Payer Name" text,
    "Payer State" text,
    "Is Active" boolean,
    "Is Demo" boolean,
    "Updated Datatimestamp" timestamp,
    constraint dimpayer_pkey primary key ("Payer Id")
);

create table analytics.dimpayerprovider (
    "Payer Id" varchar(50) not null,
    "Application Payer Id" varchar(50),
    "Provider Id" varchar(50) not null,
    "Application Provider Id" varchar(50),
    "Conflict Report Hash" bigint,
    -- the view has one row per contract too; the copy keeps distinct (payer, provider) pairs
    constraint dimpayerprovider_pkey primary key ("Provider Id", "Payer Id")
);

create table analytics.dimprovider (
    "Provider Id" text not null,
    "Application Provider Id" text,
    "Provider Name" text,
    "Address State" text,
    "Federal Tax Number" text,
    "Phone Number 1" text,
    "Is Active" boolean,
    "Is Demo" boolean,
    "Updated Datatimestamp" timestamp,
    -- misspelt in the view; TASK_09_1 (SP_GET_FINAL_BILLABLE_UNITS_OPTIMIZED) filters on it
    "Environemnt" varchar(50),
    constraint dimprovider_pkey primary key ("Provider Id")
);

create table analytics.dimservicecode (
    "Service Code Id" text not null,
    "Application Service Code Id" text,
    "Service Code" text,
    "Updated Datatimestamp" timestamp,
    constraint dimservicecode_pkey primary key ("Service Code Id")
);

create table analytics.dimuser (
    "User Id" text not null,
    "Application User Id" varchar(50),
    "User Fullname" text,
    "User Email Address" text,
    "Vendor Id" text,
    "Application Vendor Id" text,
    "Aggregator Database Name" text,
    "Conflict Report Hash" bigint,
    constraint dimuser_pkey primary key ("User Id")
);

create table analytics.dimuseroffices (
    "User Id" text not null,
    "Office Id" text not null,
    "Vendor Id" text,
    "Vendor Type" varchar(50),
    "Conflict Report Hash" bigint,
    constraint dimuseroffices_pkey primary key ("User Id", "Office Id")
);

comment on table analytics.dimcaregiver is 'ANALYTICS.BI.DIMCAREGIVER: caregivers (SSN, names, status)';
comment on table analytics.dimcontract is 'ANALYTICS.BI.DIMCONTRACT: contracts (name, active flag)';
comment on table analytics.dimoffice is 'ANALYTICS.BI.DIMOFFICE: provider offices';
comment on table analytics.dimpatient is 'ANALYTICS.BI.DIMPATIENT: patients (names, admission, Medicaid number, status)';
comment on table analytics.dimpatientaddress is 'ANALYTICS.BI.DIMPATIENTADDRESS: patient addresses with GPS coordinates';
comment on table analytics.dimpayer is 'ANALYTICS.BI.DIMPAYER: payers (name, state, active/demo flags)';
comment on table analytics.dimpayerprovider is 'ANALYTICS.BI.DIMPAYERPROVIDER: payer-provider pairs';
comment on table analytics.dimprovider is 'ANALYTICS.BI.DIMPROVIDER: providers (agencies)';
comment on table analytics.dimservicecode is 'ANALYTICS.BI.DIMSERVICECODE: service codes';
comment on table analytics.dimuser is 'ANALYTICS.BI.DIMUSER: application users (LastUpdatedBy; app login)';
comment on table analytics.dimuseroffices is 'ANALYTICS.BI.DIMUSEROFFICES: offices a user may see (app office scoping)';
