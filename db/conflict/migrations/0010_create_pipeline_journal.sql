-- 0010_create_pipeline_journal.sql
-- What: the nightly run journal read and written by the stage runner (src/ConflictDb/Pipeline/StageRunner.cs):
--   one row per run (its as-of clock, planned stages, outcome) and one row per stage attempt
--   (started, finished, status, rows affected, duration, error).
-- Why: operators see what ran, how long each stage took, and where a failed night stopped; `run --resume`
--   restarts from the failed stage with the same run id and as-of time.
-- Times are UTC wall-clock times supplied by the runner; stages never read the clock.

create table conflict.pipeline_runs (
    run_id bigint generated always as identity,
    as_of timestamp not null,
    status varchar(16) not null,
    started_at timestamp not null,
    finished_at timestamp,
    stages text[] not null,
    full_chain boolean not null,
    resumed integer not null default 0,
    error text,
    constraint pipeline_runs_pkey primary key (run_id),
    constraint pipeline_runs_status_check check (status in ('running', 'succeeded', 'failed'))
);

comment on table conflict.pipeline_runs is 'One row per nightly run (ConflictDb runner journal).';

create table conflict.pipeline_stage_runs (
    stage_run_id bigint generated always as identity,
    run_id bigint not null,
    stage varchar(255) not null,
    status varchar(16) not null,
    started_at timestamp not null,
    finished_at timestamp,
    rows_affected bigint,
    duration_ms bigint,
    error text,
    constraint pipeline_stage_runs_pkey primary key (stage_run_id),
    constraint pipeline_stage_runs_run_fkey foreign key (run_id) references conflict.pipeline_runs (run_id),
    constraint pipeline_stage_runs_status_check check (status in ('running', 'succeeded', 'failed'))
);

comment on table conflict.pipeline_stage_runs is 'One row per stage attempt of a nightly run (ConflictDb runner journal).';

-- serves: run --resume (latest failed stage of a run) and per-run stage listings
create index pipeline_stage_runs_run_idx on conflict.pipeline_stage_runs (run_id, stage_run_id);

grant select, insert, update on conflict.pipeline_runs, conflict.pipeline_stage_runs to conflict_pipeline;
grant select on conflict.pipeline_runs, conflict.pipeline_stage_runs to conflict_app;
