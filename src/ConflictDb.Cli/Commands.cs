using System.CommandLine;
using ConflictDb.Configuration;
using ConflictDb.Local;
using ConflictDb.Migrations;
using Microsoft.Extensions.Logging;

namespace ConflictDb.Cli;

/// <summary>The command tree. Each verb is a small method; the work lives in the library.</summary>
public static class Commands
{
    private static readonly Option<string?> Connection = new("--connection")
    {
        Description = "PostgreSQL connection string (overrides ConnectionStrings__Conflict); default: the embedded local server",
        Recursive = true,
    };

    private static readonly Option<string?> Config = new("--config")
    {
        Description = "An extra appsettings JSON file",
        Recursive = true,
    };

    private static readonly Option<string[]> Set = new("--set")
    {
        Description = "Override a setting: --set Run:TimeZone=UTC (repeatable)",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
    };

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Write a machine-readable summary to standard output",
        Recursive = true,
    };

    private static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Debug logging",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("ConflictDb: the nightly conflict pipeline on PostgreSQL");
        root.Options.Add(Connection);
        root.Options.Add(Config);
        root.Options.Add(Set);
        root.Options.Add(Json);
        root.Options.Add(Verbose);

        root.Subcommands.Add(MigrateCommand());
        root.Subcommands.Add(StatusCommand());
        root.Subcommands.Add(DbCommand());
        root.Subcommands.Add(SchemaDumpCommand());
        foreach (var command in PipelineCommands.Build()) root.Subcommands.Add(command);
        foreach (var command in SnowflakeCommands.Build()) root.Subcommands.Add(command);
        foreach (var command in BenchCommands.Build()) root.Subcommands.Add(command);
        return root;
    }

    /// <summary>Runs a verb with settings, logging, the --json summary and the exit-code mapping.</summary>
    public static Task<int> RunAsync(ParseResult parse, string verb, Func<CliContext, CancellationToken, Task<int>> body, CancellationToken ct) =>
        RunCoreAsync(parse, verb, body, ct);

    private static async Task<int> RunCoreAsync(ParseResult parse, string verb, Func<CliContext, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        CliContext context;
        try
        {
            context = CliContext.Create(new GlobalOptions(
                parse.GetValue(Connection), parse.GetValue(Config), parse.GetValue(Set) ?? [], parse.GetValue(Json), parse.GetValue(Verbose)));
        }
        catch (ConfigurationException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Usage;
        }

        await using (context)
        {
            try
            {
                var code = await body(context, ct);
                context.WriteSummary(verb, code);
                return code;
            }
            catch (ConfigurationException ex)
            {
                context.Log.LogError("{Message}", ex.Message);
                context.WriteSummary(verb, ExitCodes.Usage, ex.Message);
                return ExitCodes.Usage;
            }
            catch (OperationCanceledException)
            {
                context.Log.LogError("{Verb} cancelled", verb);
                context.WriteSummary(verb, ExitCodes.Failure, "cancelled");
                return ExitCodes.Failure;
            }
            catch (Exception ex) when (ex is MigrationException or LocalPostgresException or Npgsql.NpgsqlException or ConflictDbException)
            {
                context.Log.LogError("{Message}", ex.Message);
                context.WriteSummary(verb, ExitCodes.Failure, ex.Message);
                return ExitCodes.Failure;
            }
            catch (Exception ex)
            {
                context.Log.LogError(ex, "{Verb} failed unexpectedly: {Type}: {Message}", verb, ex.GetType().Name, ex.Message);
                context.Log.LogDebug("{Stack}", ex.ToString());
                context.WriteSummary(verb, ExitCodes.Failure, ex.Message);
                return ExitCodes.Failure;
            }
        }
    }

    private static Command MigrateCommand()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "List the scripts that would be applied; change nothing" };
        var command = new Command("migrate", "Apply pending migrations of the analytics and conflict schemas");
        command.Options.Add(dryRun);
        command.SetAction((parse, ct) => RunAsync(parse, "migrate", async (ctx, token) =>
        {
            var cs = await ctx.ConnectionStringAsync(token);
            var migrator = new Migrator(cs, ctx.CreateLogger("migrate"), ctx.Settings.MigrationLockTimeout);
            var result = await migrator.MigrateAsync(Migrator.Embedded(), parse.GetValue(dryRun), token);
            ctx.Log.LogInformation(result.DryRun ? "{Count} script(s) pending" : "{Count} script(s) applied",
                result.DryRun ? result.Pending.Count : result.Applied.Count);
            ctx.Summary["applied"] = result.Applied.Select(s => s.Name).ToList();
            ctx.Summary["pending"] = result.Pending.Select(s => s.Name).ToList();
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command StatusCommand()
    {
        var command = new Command("status", "Applied and pending migrations per schema");
        command.SetAction((parse, ct) => RunAsync(parse, "status", async (ctx, token) =>
        {
            var cs = await ctx.ConnectionStringAsync(token);
            var migrator = new Migrator(cs, ctx.CreateLogger("status"), ctx.Settings.MigrationLockTimeout);
            var statuses = await migrator.StatusAsync(Migrator.Embedded(), token);
            foreach (var group in statuses.GroupBy(s => s.Schema))
            {
                var applied = group.Count(s => s.Applied);
                Console.Error.WriteLine($"{group.Key}: {applied} applied, {group.Count() - applied} pending");
                foreach (var s in group)
                {
                    Console.Error.WriteLine($"  {(s.Applied ? "applied" : "pending")}  {s.Name}{(s.AppliedAt is { } at ? $"  {at:yyyy-MM-dd HH:mm:ss}" : "")}");
                }
            }
            ctx.Summary["schemas"] = statuses.GroupBy(s => s.Schema).ToDictionary(
                g => g.Key,
                g => new { applied = g.Where(s => s.Applied).Select(s => s.Name).ToList(), pending = g.Where(s => !s.Applied).Select(s => s.Name).ToList() });
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command SchemaDumpCommand()
    {
        var output = new Option<string>("--out") { Description = "Where to write the dump", DefaultValueFactory = _ => SchemaDump.RelativePath };
        var command = new Command("schema-dump", "Write db/schema.sql: both schemas after all migrations, from a throwaway database");
        command.Options.Add(output);
        command.SetAction((parse, ct) => RunAsync(parse, "schema-dump", async (ctx, token) =>
        {
            await using var server = await ThrowawayServer.StartAsync(ctx.CreateLogger("schema"), token);
            var cs = await server.CreateDatabaseAsync("schema_dump", ct: token);
            var dump = await SchemaDump.DumpAsync(cs, token);
            var path = parse.GetValue(output)!;
            await File.WriteAllTextAsync(path, dump, token);
            ctx.Log.LogInformation("wrote {Path} ({Lines} lines)", path, dump.Count(c => c == '\n'));
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command DbCommand()
    {
        var db = new Command("db", "The embedded local PostgreSQL (kept under LocalDb:Directory, default .conflictdb/)");

        var start = new Command("start", "Start the local server (creating it if needed) and print its connection string");
        start.SetAction((parse, ct) => RunAsync(parse, "db start", async (ctx, token) =>
        {
            var server = await ctx.StartLocalAsync(token);
            var cs = await ctx.ConnectionStringAsync(token);
            Console.Out.WriteLine(ctx.Json ? "" : cs);
            ctx.Summary["connectionString"] = cs;
            ctx.Summary["port"] = server.Port;
            return ExitCodes.Success;
        }, ct));

        var stop = new Command("stop", "Stop the local server (its data stays)");
        stop.SetAction((parse, ct) => RunAsync(parse, "db stop", async (ctx, token) =>
        {
            var server = LocalPostgres.TryAttach(Path.GetFullPath(ctx.Settings.LocalDbDirectory));
            if (server is null)
            {
                ctx.Log.LogInformation("local server is not running");
                return ExitCodes.Success;
            }
            await server.StopAsync(token);
            ctx.Log.LogInformation("stopped local server on port {Port}", server.Port);
            return ExitCodes.Success;
        }, ct));

        var status = new Command("status", "Whether the local server runs, and its connection string");
        status.SetAction((parse, ct) => RunAsync(parse, "db status", (ctx, _) =>
        {
            var server = LocalPostgres.TryAttach(Path.GetFullPath(ctx.Settings.LocalDbDirectory));
            ctx.Summary["running"] = server is not null;
            if (server is null)
            {
                Console.Error.WriteLine("local server: not running");
                return Task.FromResult(ExitCodes.Failure);
            }
            var cs = server.ConnectionString("conflictdb");
            ctx.Summary["connectionString"] = cs;
            Console.Error.WriteLine($"local server: running on port {server.Port}");
            if (!ctx.Json) Console.Out.WriteLine(cs);
            return Task.FromResult(ExitCodes.Success);
        }, ct));

        db.Subcommands.Add(start);
        db.Subcommands.Add(stop);
        db.Subcommands.Add(status);
        return db;
    }
}
