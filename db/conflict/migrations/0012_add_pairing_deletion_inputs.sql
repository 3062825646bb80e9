-- 0012_add_pairing_deletion_inputs.sql
-- What: two more inputs stage 0150 records per run in conflict.pairing_runs:
--   - deleted_visits_through: the highest load stamp ("Updated Datatimestamp") of
--     analytics.factvisitcallperformance_deleted_cr the run saw; the visits deleted since (the sync
--     removes them from the visit fact when it loads them here) count as changed on the next delta night;
--   - visits_full_sync_at: when the sync last reloaded the visit fact in full (analytics.sync_watermarks),
--     if its latest load was a full one; a full reload can drop visits without a deletion row, so a
--     later value makes the next night pair in full.
-- Why: finding deleted visits through the deleted fact costs what was deleted, where probing the visit
--   fact for every detected pair cost what is stored (bench/results.md, SF 5).

alter table conflict.pairing_runs
    add column deleted_visits_through timestamp,
    add column visits_full_sync_at timestamp;
