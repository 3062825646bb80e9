-- 0006_create_indexes.sql
-- creates: the secondary indexes of the analytics schema, each tied to the query it serves
-- why so few: the chain reads the visit facts over its whole two-year window every night
--   (sequential scans of the months in the window) and joins every dimension on its primary
--   key; the visit facts take over a million updated rows a night, so an index nobody reads
--   is pure cost there. Indexes considered and not created are listed in db/analytics/README.md.
-- note: plain create index (not concurrently) because the runner applies each migration in
--   one transaction; on the partitioned parents it creates one index per partition.

-- latest primary GPS address per patient: the DPAD_P / DPAD_PA subqueries of every visit build
-- (TASK_02_0, TASK_03_0, TASK_03_2 ...): where "Primary Address" = true and "Address Type"
-- like '%GPS%', row_number() over (partition by "Patient Id" order by "Application Created UTC Timestamp" desc)
create index dimpatientaddress_gps_latest_idx
    on analytics.dimpatientaddress ("Patient Id", "Application Created UTC Timestamp" desc)
    where "Primary Address" and "Address Type" like '%GPS%';

-- in-service events of a visit's caregiver: FCS."Caregiver Id" = CR1."Caregiver Id" with the
-- time overlap on "Inservice start/end date" (UPDATE_DATA_CONFLICTVISITMAPS_1 = TASK_02_1,
-- INSERT_DATA_FROM_MAIN_TO_CONFLICTVISITMAPS_2 = TASK_03_2)
create index factcaregiverinservice_caregiver_start_idx
    on analytics.factcaregiverinservice ("Caregiver Id", "Inservice start date");

-- providers of one payer: the app's agency and agency-TIN dropdowns
-- (get_conagency_ajax / get_conagencytin_ajax: ... where C."Payer Id" = :payer)
create index dimpayerprovider_payer_idx
    on analytics.dimpayerprovider ("Payer Id");
