using ConflictDb.Testing;

namespace ConflictDb.ParityTests;

/// <summary>All parity cases share one throwaway server; each case gets its own clone of the migrated template.</summary>
[CollectionDefinition(PostgresCollection.Name)]
public sealed class PostgresCollectionDefinition : ICollectionFixture<PostgresServerFixture>;
