-- 0001_create_roles.sql
-- creates: the four ConflictDb roles, NOLOGIN, without passwords
--   conflictdb_owner   owns every analytics and conflict object; migrations run as (a member of) it
--   conflict_pipeline  the nightly stages: reads analytics, writes conflict
--   conflict_app       the web app: reads analytics, reads/writes the conflict tables it uses, no DDL
--   analytics_loader   the Snowflake -> analytics sync: writes analytics
-- why: grants in later migrations of both schemas name these roles; login roles are created
--   per environment outside the migrations and granted membership in one of these.
-- idempotent: roles are cluster-wide, so a second database on the same cluster (or a re-run)
--   finds them and creates nothing.

do $$
begin
    if not exists (select from pg_roles where rolname = 'conflictdb_owner') then
        create role conflictdb_owner nologin;
    end if;

    if not exists (select from pg_roles where rolname = 'conflict_pipeline') then
        create role conflict_pipeline nologin;
    end if;

    if not exists (select from pg_roles where rolname = 'conflict_app') then
        create role conflict_app nologin;
    end if;

    if not exists (select from pg_roles where rolname = 'analytics_loader') then
        create role analytics_loader nologin;
    end if;
end
$$;
