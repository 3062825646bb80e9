using ConflictDb.Local;
using Xunit;

namespace ConflictDb.Testing;

/// <summary>
/// One throwaway PostgreSQL for the test run (see <see cref="ThrowawayServer"/>): a private cluster from the
/// installed binaries, or the server named by CONFLICTDB_TEST_PG. Each test class clones the migrated template.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private ThrowawayServer? _server;

    public ThrowawayServer Server => _server ?? throw new InvalidOperationException("the fixture is not initialized");

    public async Task InitializeAsync() => _server = await ThrowawayServer.StartAsync(null, CancellationToken.None);

    /// <summary>A new database: a clone of the migrated template, or empty with <paramref name="migrated"/> false.</summary>
    public Task<string> CreateDatabaseAsync(string prefix, bool migrated = true) => Server.CreateDatabaseAsync(prefix, migrated);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

/// <summary>The collection every database test class joins (its definition must live in each test assembly).</summary>
public static class PostgresCollection
{
    public const string Name = "postgres";
}
