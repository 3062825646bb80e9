-- 0007_grant_roles.sql
-- grants: ownership of the analytics schema and its tables to conflictdb_owner;
--   select to conflict_pipeline and conflict_app; select/insert/update/delete/truncate to
--   analytics_loader; the same through default privileges for tables conflictdb_owner creates
--   later (new monthly partitions, tables of later migrations)
-- why ownership: only the owner of a partitioned table (or a member of the owning role) may
--   create, attach, detach or drop its partitions. The sync therefore creates a missing month
--   under "set role conflictdb_owner" and loads under "set role analytics_loader"
--   (db/analytics/README.md, "Roles").
-- requires: the role applying the migrations is conflictdb_owner, a member of it, or a superuser.

alter schema analytics owner to conflictdb_owner;

-- alter table ... owner does not recurse into partitions, so walk each table's partition tree
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
    end loop;
end
$$;

grant usage on schema analytics to conflict_pipeline, conflict_app, analytics_loader;

grant select on all tables in schema analytics to conflict_pipeline, conflict_app;

grant select, insert, update, delete, truncate on all tables in schema analytics to analytics_loader;

alter default privileges for role conflictdb_owner in schema analytics
    grant select on tables to conflict_pipeline, conflict_app;

alter default privileges for role conflictdb_owner in schema analytics
    grant select, insert, update, delete, truncate on tables to analytics_loader;
