-- 0008_grant_roles.sql
-- grants: ownership of the conflict schema and its tables (with their identity sequences) to
--      conflictdb_owner; to conflict_pipeline usage and select/insert/update/delete/truncate on every
--      conflict table plus usage/select/update on every sequence; to conflict_app usage and the
--      least privileges the web app needs (below); nothing to analytics_loader. Default privileges
--      extend the pipeline grants to tables and sequences conflictdb_owner creates later.
-- why: the nightly stages rebuild work and dashboard tables (truncate) and resynchronise identity
--      sequences after loads with explicit ids (setval needs update on the sequence); the app reads the
--      conflict lists, dashboards and logs and writes only status/response fields and the Setup
--      and Users screens (schema-inventory.md 4.1, 4.2); the loader only ever writes analytics.
-- conflict_app: select only on the log and dashboard tables; select/update on the tables the app
--      updates in place (conflict status and responses, settings, reminders, notification read flags);
--      select/insert/update/delete on the tables it maintains. No grant on the work tables
--      (conflictvisitmaps_temp, log_history_values_temp, tmp_billable_updates), failed_api_logs or
--      task_history_list. Inserting into an identity column needs no privilege on its sequence.
--      No default privileges for conflict_app: a later table the app needs is granted explicitly.
-- requires: the role applying the migrations is conflictdb_owner, a member of it, or a superuser
--      (as for db/analytics/migrations/0007_grant_roles.sql).

alter schema conflict owner to conflictdb_owner;

-- alter table ... owner also moves the identity sequences the table owns
alter table conflict.conflicts owner to conflictdb_owner;
alter table conflict.conflictvisitmaps owner to conflictdb_owner;
alter table conflict.conflictvisitmaps_temp owner to conflictdb_owner;
alter table conflict.settings owner to conflictdb_owner;
alter table conflict.mph owner to conflictdb_owner;
alter table conflict.excluded_agency owner to conflictdb_owner;
alter table conflict.excluded_ssn owner to conflictdb_owner;
alter table conflict.noresponsereasons owner to conflictdb_owner;
alter table conflict.contact_maintenance owner to conflictdb_owner;
alter table conflict.payer_provider_reminders owner to conflictdb_owner;
alter table conflict.govbodiespayers owner to conflictdb_owner;
alter table conflict.log_fields owner to conflictdb_owner;
alter table conflict.notifications owner to conflictdb_owner;
alter table conflict.conflict_commu_inters owner to conflictdb_owner;
alter table conflict.log_history owner to conflictdb_owner;
alter table conflict.log_history_values owner to conflictdb_owner;
alter table conflict.log_history_values_temp owner to conflictdb_owner;
alter table conflict.task_history_list owner to conflictdb_owner;
alter table conflict.failed_api_logs owner to conflictdb_owner;
alter table conflict.tmp_billable_updates owner to conflictdb_owner;
alter table conflict.provider_dashboard_top owner to conflictdb_owner;
alter table conflict.provider_dashboard_con_typ owner to conflictdb_owner;
alter table conflict.provider_dashboard_agency owner to conflictdb_owner;
alter table conflict.provider_dashboard_caregiver owner to conflictdb_owner;
alter table conflict.provider_dashboard_patient owner to conflictdb_owner;
alter table conflict.provider_dashboard_payer owner to conflictdb_owner;
alter table conflict.payer_dashboard_con_typ_count owner to conflictdb_owner;
alter table conflict.payer_dashboard_con_typ_impact owner to conflictdb_owner;
alter table conflict.payer_dashboard_agency_count owner to conflictdb_owner;
alter table conflict.payer_dashboard_agency_impact owner to conflictdb_owner;
alter table conflict.payer_dashboard_caregiver_count owner to conflictdb_owner;
alter table conflict.payer_dashboard_caregiver_impact owner to conflictdb_owner;
alter table conflict.payer_dashboard_patient_count owner to conflictdb_owner;
alter table conflict.payer_dashboard_patient_impact owner to conflictdb_owner;
alter table conflict.payer_dashboard_payer_count owner to conflictdb_owner;
alter table conflict.payer_dashboard_payer_impact owner to conflictdb_owner;
alter table conflict.payer_dashboard_payer_chart_count owner to conflictdb_owner;
alter table conflict.payer_dashboard_payer_chart_impact owner to conflictdb_owner;
alter table conflict.state_dashboard_con_type_count owner to conflictdb_owner;
alter table conflict.state_dashboard_con_type_impact owner to conflictdb_owner;
alter table conflict.state_dashboard_agency_count owner to conflictdb_owner;
alter table conflict.state_dashboard_agency_impact owner to conflictdb_owner;
alter table conflict.state_dashboard_patient_count owner to conflictdb_owner;
alter table conflict.state_dashboard_patient_impact owner to conflictdb_owner;
alter table conflict.state_dashboard_payer_count owner to conflictdb_owner;
alter table conflict.state_dashboard_payer_impact owner to conflictdb_owner;
alter table conflict.state_dashboard_caregiver_count owner to conflictdb_owner;
alter table conflict.state_dashboard_caregiver_impact owner to conflictdb_owner;
alter table conflict.payer_conflict_summary_count owner to conflictdb_owner;
alter table conflict.payer_conflict_summary_impact owner to conflictdb_owner;

grant usage on schema conflict to conflict_pipeline, conflict_app;

-- conflict_pipeline ------------------------------------------------------------------------------------

grant select, insert, update, delete, truncate on all tables in schema conflict to conflict_pipeline;

grant usage, select, update on all sequences in schema conflict to conflict_pipeline;

alter default privileges for role conflictdb_owner in schema conflict
    grant select, insert, update, delete, truncate on tables to conflict_pipeline;

alter default privileges for role conflictdb_owner in schema conflict
    grant usage, select, update on sequences to conflict_pipeline;

-- conflict_app: read only -------------------------------------------------------------------------------

grant select on
    conflict.log_fields,
    conflict.log_history,
    conflict.log_history_values,
    conflict.provider_dashboard_top,
    conflict.provider_dashboard_con_typ,
    conflict.provider_dashboard_agency,
    conflict.provider_dashboard_caregiver,
    conflict.provider_dashboard_patient,
    conflict.provider_dashboard_payer,
    conflict.payer_dashboard_con_typ_count,
    conflict.payer_dashboard_con_typ_impact,
    conflict.payer_dashboard_agency_count,
    conflict.payer_dashboard_agency_impact,
    conflict.payer_dashboard_caregiver_count,
    conflict.payer_dashboard_caregiver_impact,
    conflict.payer_dashboard_patient_count,
    conflict.payer_dashboard_patient_impact,
    conflict.payer_dashboard_payer_count,
    conflict.payer_dashboard_payer_impact,
    conflict.payer_dashboard_payer_chart_count,
    conflict.payer_dashboard_payer_chart_impact,
    conflict.state_dashboard_con_type_count,
    conflict.state_dashboard_con_type_impact,
    conflict.state_dashboard_agency_count,
    conflict.state_dashboard_agency_impact,
    conflict.state_dashboard_patient_count,
    conflict.state_dashboard_patient_impact,
    conflict.state_dashboard_payer_count,
    conflict.state_dashboard_payer_impact,
    conflict.state_dashboard_caregiver_count,
    conflict.state_dashboard_caregiver_impact,
    conflict.payer_conflict_summary_count,
    conflict.payer_conflict_summary_impact
to conflict_app;

-- conflict_app: updates rows in place (status, no-response, review, settings, reminder days, read flags)

grant select, update on
    conflict.conflicts,
    conflict.conflictvisitmaps,
    conflict.settings,
    conflict.payer_provider_reminders,
    conflict.notifications
to conflict_app;

-- conflict_app: maintains the rows (Setup and Users screens, communications)

grant select, insert, update, delete on
    conflict.excluded_ssn,
    conflict.excluded_agency,
    conflict.noresponsereasons,
    conflict.mph,
    conflict.contact_maintenance,
    conflict.govbodiespayers,
    conflict.conflict_commu_inters
to conflict_app;
