-- 0007_create_indexes.sql
-- creates: the secondary indexes of the conflict schema, each named for its columns and commented
--      with the query it serves (stage = a nightly procedure of the chain, app = the web app,
--      schema-inventory.md 4.4 and 6.3).
-- why: the stages join conflictvisitmaps (about 9 M rows) on the visit pair, the conflicting visit,
--      CONFLICTID and GroupID; the app filters by provider or payer and a visit-date range.
-- not here on purpose:
--      - no partial index on "StatusFlag": the planner picked such indexes for queries that do not filter
--        on it (upstream-lessons.md T-09); a partial index is added only with a predicate that matches
--        one query exactly (notifications, conflicts "NoResponseFlag" below);
--      - no index on conflictvisitmaps_temp or log_history_values_temp: rebuilt every night and read
--        whole (hash joins), an index would only slow the rebuild;
--      - none on mph, excluded_ssn, excluded_agency, settings, noresponsereasons, log_fields: a few
--        hundred rows at most;
--      - no trigram indexes for the app's ILIKE '%x%' searches: they always come with a provider or
--        payer equality; add one only where EXPLAIN shows the need.
-- plain create index (not concurrently): migrations run in one transaction, on tables that are empty
--      or small when this runs.

-- conflictvisitmaps ---------------------------------------------------------------------------------

-- stage: every pair lookup of TASK_02/03/04/06 (update from the detected pairs on "VisitID" and
-- "ConVisitID", the insert guard NOT EXISTS on the pair, the reverse-pair CONFLICTID match);
-- its leading column serves the app's "VisitID" = / IN (...) lookups. Not unique: see 0001.
create index conflictvisitmaps_visitid_convisitid_idx
    on conflict.conflictvisitmaps ("VisitID", "ConVisitID");

-- stage: TASK_02_3 deleted/missed cascade on the conflicting visit, TASK_06 group chaining
-- (visit "VisitID" = other row's "ConVisitID")
create index conflictvisitmaps_convisitid_idx
    on conflict.conflictvisitmaps ("ConVisitID");

-- stage: CVM join conflicts on "CONFLICTID" (TASK_02_3, TASK_04 CRDATEUNIQUE, TASK_05, TASK_10, the
-- payer views); app: visit detail, notifications and log history by CONFLICTID, keyset paging
create index conflictvisitmaps_conflictid_idx
    on conflict.conflictvisitmaps ("CONFLICTID");

-- app: payer list children WHERE "GroupID" IN (...) and group sizes; view v_payer_conflicts_common
-- GROUP_SIZES / join on "GroupID" (rows without a group never take part)
create index conflictvisitmaps_groupid_idx
    on conflict.conflictvisitmaps ("GroupID")
    where "GroupID" is not null;

-- app: provider conflict list WHERE "ProviderID" = :p [AND "VisitDate" BETWEEN ...], setup dropdowns
create index conflictvisitmaps_providerid_visitdate_idx
    on conflict.conflictvisitmaps ("ProviderID", "VisitDate");

-- app: payer conflict list WHERE "PayerID" IN (...) [AND "VisitDate" BETWEEN ...]; view
-- v_payer_conflicts_common semi-join of "PayerID" to the active payers
create index conflictvisitmaps_payerid_visitdate_idx
    on conflict.conflictvisitmaps ("PayerID", "VisitDate");

-- conflicts -----------------------------------------------------------------------------------------

-- stage: TASK_02_3 copies the no-response fields of the few conflicts WHERE "NoResponseFlag" = 'Yes'
-- (about 240 rows of 7.9 M) to their CVM rows
create index conflicts_noresponse_conflictid_idx
    on conflict.conflicts ("CONFLICTID")
    where "NoResponseFlag" = 'Yes';

-- notifications -------------------------------------------------------------------------------------

-- stage: TASK_05/06 NOT EXISTS guard on (CONFLICTID, ProviderID, NotificationType); app: join to CVM
create index notifications_conflictid_idx
    on conflict.notifications ("CONFLICTID");

-- app: unread notifications of a provider, newest first
-- (WHERE "ProviderID" = :p AND "ReadUnreadFlag" IS NULL ORDER BY "ID" DESC LIMIT n)
create index notifications_providerid_unread_idx
    on conflict.notifications ("ProviderID", "ID" desc)
    where "ReadUnreadFlag" is null;

-- conflict_commu_inters -----------------------------------------------------------------------------

-- app: communications thread WHERE "ReverseUUID" = :u AND "CommentType" = 1 AND "communications_type" = :t
create index conflict_commu_inters_reverseuuid_idx
    on conflict.conflict_commu_inters ("ReverseUUID", "CommentType", "communications_type");

-- app: provider internal notes WHERE "CONFLICTID" = :c AND "CommentType" = 2
create index conflict_commu_inters_conflictid_idx
    on conflict.conflict_commu_inters ("CONFLICTID", "CommentType");

-- app: payer internal notes WHERE "GroupID" = :g AND "CommentType" = 2
create index conflict_commu_inters_groupid_idx
    on conflict.conflict_commu_inters ("GroupID", "CommentType");

-- log history ---------------------------------------------------------------------------------------

-- app: log list JOIN conflictvisitmaps CV ON CV."ID" = LH."CONID" AND CV."CONFLICTID" = :c;
-- stage: TASK_08/09 look up the header of a CVM row
create index log_history_conid_idx
    on conflict.log_history ("CONID");

-- app: log list JOIN log_history LH ON LH."ID" = LHV."LHID"
create index log_history_values_lhid_idx
    on conflict.log_history_values ("LHID");

-- reference tables with per-key lookups -------------------------------------------------------------

-- stage: TASK_01/05 reminder sync (NOT EXISTS and UPDATE ... FROM on the payer-provider pair, about
-- 20 K rows); app: reminders of a payer. Not unique: Snowflake does not enforce it either.
create index payer_provider_reminders_payerid_providerid_idx
    on conflict.payer_provider_reminders ("PayerID", "ProviderID");

-- stage: TASK_07 contact lookup (CVM."ProviderID" = CM."ProviderID" AND CVM."ConProviderID" = CM."PID");
-- app: setup screen WHERE "ProviderID" = :p
create index contact_maintenance_providerid_pid_idx
    on conflict.contact_maintenance ("ProviderID", "PID");

-- app: payers of a government/aggregator user WHERE "UserID" = :u
create index govbodiespayers_userid_idx
    on conflict.govbodiespayers ("UserID");

-- provider dashboards -------------------------------------------------------------------------------
-- app: WHERE PROVIDERID = :p AND CRDATEUNIQUE BETWEEN :from AND :to, joined to the user's offices on
-- OFFICEID (DashboardController); equality, equality, range. provider_dashboard_top has no date.

create index provider_dashboard_top_providerid_officeid_idx
    on conflict.provider_dashboard_top ("PROVIDERID", "OFFICEID");

create index provider_dashboard_con_typ_providerid_officeid_date_idx
    on conflict.provider_dashboard_con_typ ("PROVIDERID", "OFFICEID", "CRDATEUNIQUE");

create index provider_dashboard_agency_providerid_officeid_date_idx
    on conflict.provider_dashboard_agency ("PROVIDERID", "OFFICEID", "CRDATEUNIQUE");

create index provider_dashboard_caregiver_providerid_officeid_date_idx
    on conflict.provider_dashboard_caregiver ("PROVIDERID", "OFFICEID", "CRDATEUNIQUE");

create index provider_dashboard_patient_providerid_officeid_date_idx
    on conflict.provider_dashboard_patient ("PROVIDERID", "OFFICEID", "CRDATEUNIQUE");

create index provider_dashboard_payer_providerid_officeid_date_idx
    on conflict.provider_dashboard_payer ("PROVIDERID", "OFFICEID", "CRDATEUNIQUE");

-- payer and state dashboards, payer summaries ---------------------------------------------------------
-- app: every payer/state widget and drill-down filters PAYERID = :p (or IN (...)) and a VISITDATE range
-- (DatabaseConstants, StateDashboardQueriesConstants, ConflictManagementModel getProviders/...);
-- equality first, range second, replacing Snowflake's VISITDATE-first cluster keys.

create index payer_dashboard_con_typ_count_payerid_visitdate_idx
    on conflict.payer_dashboard_con_typ_count ("PAYERID", "VISITDATE");

create index payer_dashboard_con_typ_impact_payerid_visitdate_idx
    on conflict.payer_dashboard_con_typ_impact ("PAYERID", "VISITDATE");

create index payer_dashboard_agency_count_payerid_visitdate_idx
    on conflict.payer_dashboard_agency_count ("PAYERID", "VISITDATE");

create index payer_dashboard_agency_impact_payerid_visitdate_idx
    on conflict.payer_dashboard_agency_impact ("PAYERID", "VISITDATE");

create index payer_dashboard_caregiver_count_payerid_visitdate_idx
    on conflict.payer_dashboard_caregiver_count ("PAYERID", "VISITDATE");

create index payer_dashboard_caregiver_impact_payerid_visitdate_idx
    on conflict.payer_dashboard_caregiver_impact ("PAYERID", "VISITDATE");

create index payer_dashboard_patient_count_payerid_visitdate_idx
    on conflict.payer_dashboard_patient_count ("PAYERID", "VISITDATE");

create index payer_dashboard_patient_impact_payerid_visitdate_idx
    on conflict.payer_dashboard_patient_impact ("PAYERID", "VISITDATE");

create index payer_dashboard_payer_count_payerid_visitdate_idx
    on conflict.payer_dashboard_payer_count ("PAYERID", "VISITDATE");

create index payer_dashboard_payer_impact_payerid_visitdate_idx
    on conflict.payer_dashboard_payer_impact ("PAYERID", "VISITDATE");

create index payer_dashboard_payer_chart_count_payerid_visitdate_idx
    on conflict.payer_dashboard_payer_chart_count ("PAYERID", "VISITDATE");

create index payer_dashboard_payer_chart_impact_payerid_visitdate_idx
    on conflict.payer_dashboard_payer_chart_impact ("PAYERID", "VISITDATE");

create index state_dashboard_con_type_count_payerid_visitdate_idx
    on conflict.state_dashboard_con_type_count ("PAYERID", "VISITDATE");

create index state_dashboard_con_type_impact_payerid_visitdate_idx
    on conflict.state_dashboard_con_type_impact ("PAYERID", "VISITDATE");

create index state_dashboard_agency_count_payerid_visitdate_idx
    on conflict.state_dashboard_agency_count ("PAYERID", "VISITDATE");

create index state_dashboard_agency_impact_payerid_visitdate_idx
    on conflict.state_dashboard_agency_impact ("PAYERID", "VISITDATE");

create index state_dashboard_patient_count_payerid_visitdate_idx
    on conflict.state_dashboard_patient_count ("PAYERID", "VISITDATE");

create index state_dashboard_patient_impact_payerid_visitdate_idx
    on conflict.state_dashboard_patient_impact ("PAYERID", "VISITDATE");

create index state_dashboard_payer_count_payerid_visitdate_idx
    on conflict.state_dashboard_payer_count ("PAYERID", "VISITDATE");

create index state_dashboard_payer_impact_payerid_visitdate_idx
    on conflict.state_dashboard_payer_impact ("PAYERID", "VISITDATE");

create index state_dashboard_caregiver_count_payerid_visitdate_idx
    on conflict.state_dashboard_caregiver_count ("PAYERID", "VISITDATE");

create index state_dashboard_caregiver_impact_payerid_visitdate_idx
    on conflict.state_dashboard_caregiver_impact ("PAYERID", "VISITDATE");

-- the summaries' status filter is a non-sargable CASE today (schema-inventory.md 4.4), so STATUSFLAG
-- is not put into the key until the app query is rewritten to STATUSFLAG IN (...)
create index payer_conflict_summary_count_payerid_visitdate_idx
    on conflict.payer_conflict_summary_count ("PAYERID", "VISITDATE");

create index payer_conflict_summary_impact_payerid_visitdate_idx
    on conflict.payer_conflict_summary_impact ("PAYERID", "VISITDATE");
