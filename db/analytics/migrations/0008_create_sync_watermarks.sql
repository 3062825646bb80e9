-- 0008_create_sync_watermarks.sql
-- creates: analytics.sync_watermarks, one row per analytics table the sync loads: the highest source
--   watermark loaded so far (the wall-clock value as the table stores it), what the last load did and
--   where it came from
-- why: the sync reads only rows changed after the stored watermark minus an overlap; keeping it in a
--   table of its own (not max() over the loaded rows) needs no index on the big facts and survives
--   full reloads. The row is written in the same transaction as the table's data, so a watermark is
--   never ahead of what committed.
-- grants: analytics_loader (the sync) reads and writes it; conflict_pipeline and conflict_app may read it
--   (freshness of the copy); the owner is conflictdb_owner like every analytics table (0007).

create table analytics.sync_watermarks (
    table_name text not null,
    source_view text not null,
    -- null for views reloaded whole (no watermark column) and before the first row arrived
    watermark timestamp,
    rows_staged bigint not null,
    rows_changed bigint not null,
    full_reload boolean not null,
    source text not null,
    synced_at timestamp not null,
    constraint sync_watermarks_pkey primary key (table_name)
);

comment on table analytics.sync_watermarks is
    'ConflictDb sync: per analytics table, the highest source watermark loaded and the last load';

alter table analytics.sync_watermarks owner to conflictdb_owner;

grant select, insert, update, delete on table analytics.sync_watermarks to analytics_loader;

grant select on table analytics.sync_watermarks to conflict_pipeline, conflict_app;
