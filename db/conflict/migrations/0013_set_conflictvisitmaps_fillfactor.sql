-- 0013_set_conflictvisitmaps_fillfactor.sql
-- What: conflictvisitmaps keeps 30 % of each page free (fillfactor 70).
-- Why: every night rewrites nearly every stored row of the window: TASK_02_0 stamps "UpdatedDate" (and
--   UpdateFlag, StatusFlag, ResolveDate) on every pair it detects again, as the original does. None of
--   those columns is indexed, so with room on the page PostgreSQL updates the row in place (a HOT update):
--   no new entry in the table's seven indexes. At fillfactor 100 a ~2 kB row never fits beside its old
--   version, and each of the ~9.2M nightly updates in production writes seven index entries.
-- Cost: the table takes about 1.4 times the space. The setting applies to pages written from now on; an
--   existing production table gets it with a rewrite in a maintenance window (pg_repack or VACUUM FULL),
--   outside the migrations.

alter table conflict.conflictvisitmaps set (fillfactor = 70);
