-- 0005_create_dashboard_tables.sql
-- creates: the 30 dashboard and summary tables the chain rebuilds and the app reads:
--      conflict.provider_dashboard_{top,con_typ,agency,caregiver,patient,payer}          (TASK_10)
--      conflict.payer_dashboard_{con_typ,agency,caregiver,patient,payer}_{count,impact}  (TASK_11)
--      conflict.payer_dashboard_payer_chart_{count,impact},
--      conflict.state_dashboard_{con_type,agency,patient,payer,caregiver}_{count,impact} (TASK_12)
--      conflict.payer_conflict_summary_{count,impact}                                    (TASK_13)
-- why: pre-aggregated widgets of the provider, payer and state dashboards and the payer drill-down lists.
-- source: Scripts13/snowflake/Tables.sql; every Snowflake column, same names (quoted), faithful types
--      (counts bigint, amounts numeric(38,2)). Snowflake's CLUSTER BY keys are not carried over; the
--      indexes the app needs are created in a later migration.
-- logged on purpose: although rebuilt every night, these tables serve the app all day; an UNLOGGED table
--      is emptied by crash recovery and is not replicated to standbys (db/conflict/README.md).
-- left out: the 11 legacy PAYER_DASHBOARD_{AGENCY,CAREGIVER,CON_TYP,PATIENT,PAYER}[_NEW] and
--      PAYER_DASHBOARD_TOP tables (db/conflict/README.md, "Left out").

create table conflict.provider_dashboard_top (
    "PROVIDERID"        varchar(50),
    "OFFICEID"          varchar(50),
    "TODAYTOTAL"        bigint,
    "TODAYSHIFTPRICE"   numeric(38,2),
    "TODAYOVERLAPPRICE" numeric(38,2),
    "SEVENTOTAL"        bigint,
    "SEVENFINALPRICE"   numeric(38,2),
    "THIRTYTOTAL"       bigint,
    "THIRTYFINALPRICE"  numeric(38,2)
);

comment on table conflict.provider_dashboard_top is 'Provider dashboard header: today / 7 / 30-day conflict counts and prices per provider office. Rebuilt (TRUNCATE + INSERT) by TASK_10 every night. Source: CONFLICTREPORT.PUBLIC.PROVIDER_DASHBOARD_TOP.';

create table conflict.provider_dashboard_con_typ (
    "PROVIDERID"        varchar(50),
    "OFFICEID"          varchar(50),
    "CRDATEUNIQUE"      date,
    "EX_ST_MATCH_TO"    bigint,
    "EX_ST_MATCH_SP"    numeric(38,2),
    "EX_ST_MATCH_OP"    numeric(38,2),
    "EX_ST_MATCH_FP"    numeric(38,2),
    "EX_VT_MATCH_TO"    bigint,
    "EX_VT_MATCH_SP"    numeric(38,2),
    "EX_VT_MATCH_OP"    numeric(38,2),
    "EX_VT_MATCH_FP"    numeric(38,2),
    "EX_ST_VT_MATCH_TO" bigint,
    "EX_ST_VT_MATCH_SP" numeric(38,2),
    "EX_ST_VT_MATCH_OP" numeric(38,2),
    "EX_ST_VT_MATCH_FP" numeric(38,2),
    "ST_OVR_TO"         bigint,
    "ST_OVR_SP"         numeric(38,2),
    "ST_OVR_OP"         numeric(38,2),
    "ST_OVR_FP"         numeric(38,2),
    "VT_OVR_TO"         bigint,
    "VT_OVR_SP"         numeric(38,2),
    "VT_OVR_OP"         numeric(38,2),
    "VT_OVR_FP"         numeric(38,2),
    "ST_VT_OVR_TO"      bigint,
    "ST_VT_OVR_SP"      numeric(38,2),
    "ST_VT_OVR_OP"      numeric(38,2),
    "ST_VT_OVR_FP"      numeric(38,2),
    "TD_TO"             bigint,
    "TD_SP"             numeric(38,2),
    "TD_OP"             numeric(38,2),
    "TD_FP"             numeric(38,2),
    "IN_TO"             bigint,
    "IN_SP"             numeric(38,2),
    "IN_OP"             numeric(38,2),
    "IN_FP"             numeric(38,2),
    "PT_TO"             bigint,
    "PT_SP"             numeric(38,2),
    "PT_OP"             numeric(38,2),
    "PT_FP"             numeric(38,2)
);

comment on table conflict.provider_dashboard_con_typ is 'Provider dashboard: counts and prices per conflict type, provider office and conflict creation date. Rebuilt (TRUNCATE + INSERT) by TASK_10 every night. Source: CONFLICTREPORT.PUBLIC.PROVIDER_DASHBOARD_CON_TYP.';

create table conflict.provider_dashboard_agency (
    "PROVIDERID"    varchar(50),
    "OFFICEID"      varchar(50),
    "CRDATEUNIQUE"  date,
    "CONPROVIDERID" varchar(50),
    "CON_P_NAME"    varchar(100),
    "CON_TIN"       varchar(100),
    "CON_TO"        bigint,
    "CON_SP"        numeric(38,2),
    "CON_OP"        numeric(38,2),
    "CON_FP"        numeric(38,2)
);

comment on table conflict.provider_dashboard_agency is 'Provider dashboard: counts and prices per conflicting agency. Rebuilt (TRUNCATE + INSERT) by TASK_10 every night. Source: CONFLICTREPORT.PUBLIC.PROVIDER_DASHBOARD_AGENCY.';

create table conflict.provider_dashboard_caregiver (
    "PROVIDERID"   varchar(50),
    "OFFICEID"     varchar(50),
    "CRDATEUNIQUE" date,
    "CAREGIVERID"  varchar(50),
    "C_CODE"       varchar(100),
    "C_NAME"       varchar(100),
    "CON_TO"       bigint,
    "CON_SP"       numeric(38,2),
    "CON_OP"       numeric(38,2),
    "CON_FP"       numeric(38,2)
);

comment on table conflict.provider_dashboard_caregiver is 'Provider dashboard: counts and prices per caregiver. Rebuilt (TRUNCATE + INSERT) by TASK_10 every night. Source: CONFLICTREPORT.PUBLIC.PROVIDER_DASHBOARD_CAREGIVER.';

create table conflict.provider_dashboard_patient (
    "PROVIDERID"   varchar(50),
    "OFFICEID"     varchar(50),
    "CRDATEUNIQUE" date,
    "PATIENTID"    varchar(50),
    "PFNAME"       varchar(100),
    "PLNAME"       varchar(100),
    "PNAME"        varchar(100),
    "CON_TO"       bigint,
    "CON_SP"       numeric(38,2),
    "CON_OP"       numeric(38,2),
    "CON_FP"       numeric(38,2)
);

comment on table conflict.provider_dashboard_patient is 'Provider dashboard: counts and prices per patient. Rebuilt (TRUNCATE + INSERT) by TASK_10 every night. Source: CONFLICTREPORT.PUBLIC.PROVIDER_DASHBOARD_PATIENT.';

create table conflict.provider_dashboard_payer (
    "PROVIDERID"   varchar(50),
    "OFFICEID"     varchar(50),
    "CRDATEUNIQUE" date,
    "PAYERID"      varchar(50),
    "PNAME"        varchar(100),
    "CON_TO"       bigint,
    "CON_SP"       numeric(38,2),
    "CON_OP"       numeric(38,2),
    "CON_FP"       numeric(38,2)
);

comment on table conflict.provider_dashboard_payer is 'Provider dashboard: counts and prices per payer. Rebuilt (TRUNCATE + INSERT) by TASK_10 every night. Source: CONFLICTREPORT.PUBLIC.PROVIDER_DASHBOARD_PAYER.';

create table conflict.payer_dashboard_con_typ_count (
    "PAYERID"     varchar(50),
    "VISITDATE"   date,
    "CONTYPE"     varchar(50),
    "CONTYPEDESC" varchar(50),
    "VISIT_KEY"   varchar(100)
);

comment on table conflict.payer_dashboard_con_typ_count is 'Payer dashboard: conflicting visit pairs (VISIT_KEY) per conflict type and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_CON_TYP_COUNT.';

create table conflict.payer_dashboard_con_typ_impact (
    "PAYERID"     varchar(50),
    "VISITDATE"   date,
    "CONTYPE"     varchar(50),
    "CONTYPEDESC" varchar(50),
    "CON_SP"      numeric(38,2),
    "CON_OP"      numeric(38,2),
    "CON_FP"      numeric(38,2)
);

comment on table conflict.payer_dashboard_con_typ_impact is 'Payer dashboard: shift/overlap/final amounts per conflict type and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_CON_TYP_IMPACT.';

create table conflict.payer_dashboard_agency_count (
    "PAYERID"    varchar(50),
    "VISITDATE"  date,
    "PROVIDERID" varchar(50),
    "P_NAME"     varchar(100),
    "TIN"        varchar(100),
    "VISIT_KEY"  varchar(100)
);

comment on table conflict.payer_dashboard_agency_count is 'Payer dashboard: conflicting visit pairs per agency and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_AGENCY_COUNT.';

create table conflict.payer_dashboard_agency_impact (
    "PAYERID"    varchar(50),
    "VISITDATE"  date,
    "PROVIDERID" varchar(50),
    "P_NAME"     varchar(100),
    "TIN"        varchar(100),
    "CON_SP"     numeric(38,2),
    "CON_OP"     numeric(38,2),
    "CON_FP"     numeric(38,2)
);

comment on table conflict.payer_dashboard_agency_impact is 'Payer dashboard: amounts per agency and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_AGENCY_IMPACT.';

create table conflict.payer_dashboard_caregiver_count (
    "PAYERID"   varchar(50),
    "VISITDATE" date,
    "SSN"       varchar(50),
    "C_NAME"    varchar(100),
    "VISIT_KEY" varchar(100)
);

comment on table conflict.payer_dashboard_caregiver_count is 'Payer dashboard: conflicting visit pairs per caregiver and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_CAREGIVER_COUNT.';

create table conflict.payer_dashboard_caregiver_impact (
    "PAYERID"   varchar(50),
    "VISITDATE" date,
    "SSN"       varchar(50),
    "C_NAME"    varchar(100),
    "CON_SP"    numeric(38,2),
    "CON_OP"    numeric(38,2),
    "CON_FP"    numeric(38,2)
);

comment on table conflict.payer_dashboard_caregiver_impact is 'Payer dashboard: amounts per caregiver and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_CAREGIVER_IMPACT.';

create table conflict.payer_dashboard_patient_count (
    "PAYERID"     varchar(50),
    "VISITDATE"   date,
    "PATIENTID"   varchar(50),
    "PFNAME"      varchar(100),
    "PLNAME"      varchar(100),
    "PNAME"       varchar(100),
    "ADMISSIONID" varchar(100),
    "VISIT_KEY"   varchar(100)
);

comment on table conflict.payer_dashboard_patient_count is 'Payer dashboard: conflicting visit pairs per patient and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_PATIENT_COUNT.';

create table conflict.payer_dashboard_patient_impact (
    "PAYERID"     varchar(50),
    "VISITDATE"   date,
    "PATIENTID"   varchar(50),
    "PFNAME"      varchar(100),
    "PLNAME"      varchar(100),
    "PNAME"       varchar(100),
    "ADMISSIONID" varchar(100),
    "CON_SP"      numeric(38,2),
    "CON_OP"      numeric(38,2),
    "CON_FP"      numeric(38,2)
);

comment on table conflict.payer_dashboard_patient_impact is 'Payer dashboard: amounts per patient and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_PATIENT_IMPACT.';

create table conflict.payer_dashboard_payer_count (
    "PAYERID"    varchar(50),
    "VISITDATE"  date,
    "CONPAYERID" varchar(50),
    "PNAME"      varchar(100),
    "VISIT_KEY"  varchar(100)
);

comment on table conflict.payer_dashboard_payer_count is 'Payer dashboard: conflicting visit pairs per conflicting payer and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_PAYER_COUNT.';

create table conflict.payer_dashboard_payer_impact (
    "PAYERID"    varchar(50),
    "VISITDATE"  date,
    "CONPAYERID" varchar(50),
    "PNAME"      varchar(100),
    "CON_SP"     numeric(38,2),
    "CON_OP"     numeric(38,2),
    "CON_FP"     numeric(38,2)
);

comment on table conflict.payer_dashboard_payer_impact is 'Payer dashboard: amounts per conflicting payer and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_PAYER_IMPACT.';

create table conflict.payer_dashboard_payer_chart_count (
    "PAYERID"    varchar(50),
    "VISITDATE"  date,
    "CONPAYERID" varchar(50),
    "PNAME"      varchar(100),
    "STATUSFLAG" varchar(5),
    "COSTTYPE"   varchar(20),
    "VISITTYPE"  varchar(20),
    "VISIT_KEY"  varchar(100)
);

comment on table conflict.payer_dashboard_payer_chart_count is 'Payer-vs-payer chart: conflicting visit pairs by status, cost type and visit type. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_PAYER_CHART_COUNT.';

create table conflict.payer_dashboard_payer_chart_impact (
    "PAYERID"    varchar(50),
    "VISITDATE"  date,
    "CONPAYERID" varchar(50),
    "PNAME"      varchar(100),
    "STATUSFLAG" varchar(5),
    "COSTTYPE"   varchar(20),
    "VISITTYPE"  varchar(20),
    "CON_SP"     numeric(38,2),
    "CON_OP"     numeric(38,2),
    "CON_FP"     numeric(38,2)
);

comment on table conflict.payer_dashboard_payer_chart_impact is 'Payer-vs-payer chart: amounts by status, cost type and visit type. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_PAYER_CHART_IMPACT.';

create table conflict.state_dashboard_con_type_count (
    "PAYERID"     varchar(50),
    "PROVIDERID"  varchar(50),
    "VISITDATE"   date,
    "CONTYPE"     varchar(50),
    "CONTYPEDESC" varchar(100),
    "STATUSFLAG"  varchar(5),
    "COSTTYPE"    varchar(20),
    "VISITTYPE"   varchar(20),
    "COUNTY"      varchar(100),
    "SERVICECODE" varchar(50),
    "VISIT_KEY"   varchar(100)
);

comment on table conflict.state_dashboard_con_type_count is 'State dashboard: conflicting visit pairs per conflict type, sliced by status, cost type, visit type, county, service code. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_CON_TYPE_COUNT.';

create table conflict.state_dashboard_con_type_impact (
    "PAYERID"     varchar(50),
    "PROVIDERID"  varchar(50),
    "VISITDATE"   date,
    "CONTYPE"     varchar(50),
    "CONTYPEDESC" varchar(100),
    "STATUSFLAG"  varchar(5),
    "COSTTYPE"    varchar(20),
    "VISITTYPE"   varchar(20),
    "COUNTY"      varchar(100),
    "SERVICECODE" varchar(50),
    "CON_SP"      numeric(38,2),
    "CON_OP"      numeric(38,2),
    "CON_FP"      numeric(38,2)
);

comment on table conflict.state_dashboard_con_type_impact is 'State dashboard: amounts per conflict type, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_CON_TYPE_IMPACT.';

create table conflict.state_dashboard_agency_count (
    "PAYERID"     varchar(50),
    "PROVIDERID"  varchar(50),
    "VISITDATE"   date,
    "P_NAME"      varchar(100),
    "STATUSFLAG"  varchar(5),
    "COSTTYPE"    varchar(20),
    "VISITTYPE"   varchar(20),
    "COUNTY"      varchar(100),
    "SERVICECODE" varchar(50),
    "VISIT_KEY"   varchar(100)
);

comment on table conflict.state_dashboard_agency_count is 'State dashboard: conflicting visit pairs per agency, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_AGENCY_COUNT.';

create table conflict.state_dashboard_agency_impact (
    "PAYERID"     varchar(50),
    "PROVIDERID"  varchar(50),
    "VISITDATE"   date,
    "P_NAME"      varchar(100),
    "STATUSFLAG"  varchar(5),
    "COSTTYPE"    varchar(20),
    "VISITTYPE"   varchar(20),
    "COUNTY"      varchar(100),
    "SERVICECODE" varchar(50),
    "CON_SP"      numeric(38,2),
    "CON_OP"      numeric(38,2),
    "CON_FP"      numeric(38,2)
);

comment on table conflict.state_dashboard_agency_impact is 'State dashboard: amounts per agency, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_AGENCY_IMPACT.';

create table conflict.state_dashboard_patient_count (
    "PAYERID"     varchar(50),
    "PROVIDERID"  varchar(50),
    "VISITDATE"   date,
    "PATIENTID"   varchar(50),
    "PNAME"       varchar(100),
    "STATUSFLAG"  varchar(5),
    "COSTTYPE"    varchar(20),
    "VISITTYPE"   varchar(20),
    "COUNTY"      varchar(100),
    "SERVICECODE" varchar(50),
    "VISIT_KEY"   varchar(100)
);

comment on table conflict.state_dashboard_patient_count is 'State dashboard: conflicting visit pairs per patient, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_PATIENT_COUNT.';

create table conflict.state_dashboard_patient_impact (
    "PAYERID"     varchar(50),
    "PROVIDERID"  varchar(50),
    "VISITDATE"   date,
    "PATIENTID"   varchar(50),
    "PNAME"       varchar(100),
    "STATUSFLAG"  varchar(5),
    "COSTTYPE"    varchar(20),
    "VISITTYPE"   varchar(20),
    "COUNTY"      varchar(100),
    "SERVICECODE" varchar(50),
    "CON_SP"      numeric(38,2),
    "CON_OP"      numeric(38,2),
    "CON_FP"      numeric(38,2)
);

comment on table conflict.state_dashboard_patient_impact is 'State dashboard: amounts per patient, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_PATIENT_IMPACT.';

create table conflict.state_dashboard_payer_count (
    "PAYERID"     varchar(50),
    "PROVIDERID"  varchar(50),
    "VISITDATE"   date,
    "PNAME"       varchar(100),
    "STATUSFLAG"  varchar(5),
    "COSTTYPE"    varchar(20),
    "VISITTYPE"   varchar(20),
    "COUNTY"      varchar(100),
    "SERVICECODE" varchar(50),
    "VISIT_KEY"   varchar(100)
);

comment on table conflict.state_dashboard_payer_count is 'State dashboard: conflicting visit pairs per payer, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_PAYER_COUNT.';

create table conflict.state_dashboard_payer_impact (
    "PAYERID"     varchar(50),
    "PROVIDERID"  varchar(50),
    "VISITDATE"   date,
    "PNAME"       varchar(100),
    "STATUSFLAG"  varchar(5),
    "COSTTYPE"    varchar(20),
    "VISITTYPE"   varchar(20),
    "COUNTY"      varchar(100),
    "SERVICECODE" varchar(50),
    "CON_SP"      numeric(38,2),
    "CON_OP"      numeric(38,2),
    "CON_FP"      numeric(38,2)
);

comment on table conflict.state_dashboard_payer_impact is 'State dashboard: amounts per payer, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_PAYER_IMPACT.';

create table conflict.state_dashboard_caregiver_count (
    "PAYERID"     varchar(50),
    "PROVIDERID"  varchar(50),
    "VISITDATE"   date,
    "SSN"         varchar(50),
    "C_NAME"      varchar(100),
    "STATUSFLAG"  varchar(5),
    "COSTTYPE"    varchar(20),
    "VISITTYPE"   varchar(20),
    "COUNTY"      varchar(100),
    "SERVICECODE" varchar(50),
    "VISIT_KEY"   varchar(100)
);

comment on table conflict.state_dashboard_caregiver_count is 'State dashboard: conflicting visit pairs per caregiver, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_CAREGIVER_COUNT.';

create table conflict.state_dashboard_caregiver_impact (
    "PAYERID"     varchar(50),
    "PROVIDERID"  varchar(50),
    "VISITDATE"   date,
    "SSN"         varchar(50),
    "C_NAME"      varchar(100),
    "STATUSFLAG"  varchar(5),
    "COSTTYPE"    varchar(20),
    "VISITTYPE"   varchar(20),
    "COUNTY"      varchar(100),
    "SERVICECODE" varchar(50),
    "CON_SP"      numeric(38,2),
    "CON_OP"      numeric(38,2),
    "CON_FP"      numeric(38,2)
);

comment on table conflict.state_dashboard_caregiver_impact is 'State dashboard: amounts per caregiver, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_CAREGIVER_IMPACT.';

create table conflict.payer_conflict_summary_count (
    "PAYERID"        varchar(50),
    "PROVIDERID"     varchar(50),
    "CONPAYERID"     varchar(50),
    "PROVIDER_NAME"  varchar(100),
    "TIN"            varchar(100),
    "CONTRACT"       varchar(100),
    "PATIENT_FNAME"  varchar(100),
    "PATIENT_LNAME"  varchar(100),
    "ADMISSIONID"    varchar(100),
    "CAREGIVER_NAME" varchar(100),
    "CONTYPE"        varchar(50),
    "CONTYPEDESC"    varchar(100),
    "VISITDATE"      date,
    "CRDATEUNIQUE"   date,
    "STATUSFLAG"     varchar(5),
    "VISIT_KEY"      varchar(100)
);

comment on table conflict.payer_conflict_summary_count is 'Payer drill-down lists (provider, caregiver, patient, payer): conflicting visit pairs with their attributes. Rebuilt (TRUNCATE + INSERT) by TASK_13 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_CONFLICT_SUMMARY_COUNT.';

create table conflict.payer_conflict_summary_impact (
    "PAYERID"        varchar(50),
    "PROVIDERID"     varchar(50),
    "CONPAYERID"     varchar(50),
    "PROVIDER_NAME"  varchar(100),
    "TIN"            varchar(100),
    "CONTRACT"       varchar(100),
    "PATIENT_FNAME"  varchar(100),
    "PATIENT_LNAME"  varchar(100),
    "ADMISSIONID"    varchar(100),
    "CAREGIVER_NAME" varchar(100),
    "CONTYPE"        varchar(50),
    "CONTYPEDESC"    varchar(100),
    "VISITDATE"      date,
    "CRDATEUNIQUE"   date,
    "STATUSFLAG"     varchar(5),
    "CON_SP"         numeric(38,2),
    "CON_OP"         numeric(38,2),
    "CON_FP"         numeric(38,2)
);

comment on table conflict.payer_conflict_summary_impact is 'Payer drill-down lists: amounts with the same attributes. Rebuilt (TRUNCATE + INSERT) by TASK_13 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_CONFLICT_SUMMARY_IMPACT.';
