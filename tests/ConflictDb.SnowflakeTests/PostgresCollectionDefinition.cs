using ConflictDb.Testing;

namespace ConflictDb.SnowflakeTests;

/// <summary>All database tests share one server; xunit runs this collection's classes one at a time.</summary>
[CollectionDefinition(PostgresCollection.Name)]
public sealed class PostgresCollectionDefinition : ICollectionFixture<PostgresServerFixture>;
