-- 0007_grant_roles.sql
-- grants: ownership of the analytics schema and of every analytics table (partitions included)
--   to conflictdb_owner; select to conflict_pipeline and conflict_app; select, insert, update,
--   delete and truncate to analytics_loader; the same through default privileges for tables
--   conflictdb_owner creates later (new monthly partitions, tables of later migrations)
-- why ownership: only the owner of a partitioned table (or a member of the owning role) may
--   create, attach, detach or drop its partitions. The sync therefore creates a missing month
--   under "set role conflictdb_owner" and loads under "set role analytics_loader"
--   (db/analytics/README.md, "Roles").
-- why table by table and not "all tables in schema": the migration journal
--   (analytics.schemaversions, analytics.schemaversions_sha256) lives in this schema and must
--   stay out of the loader's and the app's reach.
-- requires: the role applying the migrations is conflictdb_owner, a member of it, or a superuser.

alter schema analytics owner to conflictdb_owner;

-- alter table ... owner and grant on a partitioned table do not recurse into its partitions,
-- so walk each table's partition tree
-- (pg_partition_tree returns the parent and its partitions; nothing for an unpartitioned table)
do $$
declare
    rel regclass;
begin
    for rel in
        select coalesce(tree.relid, parents.parent)
        from unnest(array[
            'analytics.factvisitcallperformance_cr',
            'analytics.factvisitcallperformance_deleted_cr',
            'analytics.factcaregiverinservice',
            'analytics.factcaregiverabsence',
            'analytics.dimcaregiver',
            'analytics.dimcontract',
            'analytics.dimoffice',
            'analytics.dimpatient',
            'analytics.dimpatientaddress',
            'analytics.dimpayer',
            'analytics.dimpayerprovider',
            'analytics.dimprovider',
            'analytics.dimservicecode',
            'analytics.dimuser',
            'analytics.dimuseroffices',
            'analytics.factdatarefreshstatus'
        ]::regclass[]) as parents(parent)
        left join lateral pg_partition_tree(parents.parent) as tree on true
    loop
        execute format('alter table %s owner to conflictdb_owner', rel);
        execute format('grant select on table %s to conflict_pipeline, conflict_app', rel);
        execute format('grant select, insert, update, delete, truncate on table %s to analytics_loader', rel);
    end loop;
end
$$;

grant usage on schema analytics to conflict_pipeline, conflict_app, analytics_loader;

alter default privileges for role conflictdb_owner in schema analytics
    grant select on tables to conflict_pipeline, conflict_app;

alter default privileges for role conflictdb_owner in schema analytics
    grant select, insert, update, delete, truncate on tables to analytics_loader;
