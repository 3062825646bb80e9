using ConflictDb.Configuration;

namespace ConflictDb.UnitTests;

public sealed class ConfigurationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("conflictdb-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Json(string content)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }

    private static ConflictDbSettings Load(string? file, Dictionary<string, string?>? env = null, Dictionary<string, string?>? cli = null) =>
        ConflictDbSettings.From(ConflictDbSettings.Build(file, cli ?? new(), env ?? new()));

    [Fact]
    public void Command_line_beats_environment_which_beats_the_json_file()
    {
        var file = Json("""{ "ConnectionStrings": { "Conflict": "Host=file" }, "Run": { "TimeZone": "UTC", "StatementTimeoutSeconds": "5" } }""");
        var env = new Dictionary<string, string?> { ["ConnectionStrings__Conflict"] = "Host=env", ["CONFLICTDB__Run__StatementTimeoutSeconds"] = "7" };

        Load(file).ConnectionString.ShouldBe("Host=file");
        Load(file, env).ConnectionString.ShouldBe("Host=env");
        Load(file, env).StageStatementTimeout.ShouldBe(TimeSpan.FromSeconds(7));
        Load(file, env).RunTimeZone.Id.ShouldBe("UTC");
        Load(file, env, new() { ["ConnectionStrings:Conflict"] = "Host=cli" }).ConnectionString.ShouldBe("Host=cli");
    }

    [Fact]
    public void The_prefixed_environment_form_of_the_connection_string_also_works()
    {
        Load(null, new() { ["CONFLICTDB__ConnectionStrings__Conflict"] = "Host=prefixed" }).ConnectionString.ShouldBe("Host=prefixed");
    }

    [Fact]
    public void Defaults_apply_when_nothing_is_configured()
    {
        var settings = Load(null);

        settings.ConnectionString.ShouldBeNull();
        settings.RunTimeZone.Id.ShouldBe("America/Los_Angeles");
        settings.MigrationLockTimeout.ShouldBe(TimeSpan.FromSeconds(60));
        settings.LocalDbDirectory.ShouldBe(".conflictdb");
        settings.Pairing.ShouldBe("auto");
        settings.FullPairingEveryDays.ShouldBe(7);
        settings.StageSettings["work_mem"].ShouldBe("256MB");
        settings.StageSettings["jit"].ShouldBe("off");
    }

    [Fact]
    public void Pairing_and_stage_session_settings_are_read_and_normalized()
    {
        var settings = Load(null, cli: new() { ["Run:Pairing"] = "FULL", ["Run:FullPairingEveryDays"] = "0", ["Run:WorkMem"] = "1GB", ["Run:Jit"] = "on" });

        settings.Pairing.ShouldBe("full");
        settings.FullPairingEveryDays.ShouldBe(0);
        settings.StageSettings["work_mem"].ShouldBe("1GB");
        settings.StageSettings["jit"].ShouldBe("on");
    }

    [Theory]
    [InlineData("Run:TimeZone", "Mars/Olympus", "unknown time zone 'Mars/Olympus'")]
    [InlineData("Run:StatementTimeoutSeconds", "soon", "expected a whole number of seconds")]
    [InlineData("Migrate:LockTimeoutSeconds", "-1", "expected a whole number of seconds")]
    [InlineData("ConnectionStrings:Conflict", "Port=5432", "Host is missing")]
    [InlineData("ConnectionStrings:Conflict", "Bogus Key=1", "not a valid PostgreSQL connection string")]
    [InlineData("Snowflake:account", "", "")]
    [InlineData("Run:Pairing", "sometimes", "expected one of auto, full, got 'sometimes'")]
    [InlineData("Run:FullPairingEveryDays", "weekly", "expected a whole number >= 0")]
    [InlineData("Run:WorkMem", "lots", "expected a PostgreSQL memory size")]
    [InlineData("Run:WorkMem", "256MB; drop table x", "expected a PostgreSQL memory size")]
    [InlineData("Run:Jit", "maybe", "expected one of on, off")]
    public void A_bad_value_is_reported_with_its_key(string key, string value, string message)
    {
        if (key == "Snowflake:account")
        {
            var ex0 = Should.Throw<ConfigurationException>(() => Load(null, cli: new() { ["Snowflake:user"] = "etl" }));
            ex0.Key.ShouldBe("Snowflake:account");
            return;
        }
        var ex = Should.Throw<ConfigurationException>(() => Load(null, cli: new() { [key] = value }));
        ex.Key.ShouldBe(key);
        ex.Message.ShouldStartWith($"configuration {key}: ");
        ex.Message.ShouldContain(message);
    }

    [Fact]
    public void A_missing_config_file_is_named()
    {
        var ex = Should.Throw<ConfigurationException>(() => Load(Path.Combine(_dir, "nope.json")));
        ex.Message.ShouldContain("nope.json");
    }

    [Fact]
    public void Snowflake_accepts_the_snowflake_data_connection_string_keys_case_insensitively()
    {
        var settings = Load(null, cli: new()
        {
            ["Snowflake:ConnectionString"] = "ACCOUNT=xy12345;User=ETL;authenticator=snowflake_jwt;private_key_file=/k.p8;private_key_pwd=s3cret!;db=ANALYTICS;warehouse=WH",
        });

        settings.Snowflake.ShouldNotBeNull();
        settings.Snowflake.Account.ShouldBe("xy12345");
        settings.Snowflake.User.ShouldBe("ETL");
        settings.Snowflake.Host.ShouldBe("xy12345.snowflakecomputing.com");
        settings.Snowflake["WAREHOUSE"].ShouldBe("WH");
        settings.Secrets.ShouldContain("s3cret!");
    }

    [Fact]
    public void Snowflake_rejects_unknown_keys_and_authenticators_by_name()
    {
        Should.Throw<ConfigurationException>(() => Load(null, cli: new() { ["Snowflake:ConnectionString"] = "account=a;user=u;colour=blue" }))
            .Key.ShouldBe("Snowflake:colour");
        Should.Throw<ConfigurationException>(() => Load(null, cli: new() { ["Snowflake:ConnectionString"] = "account=a;user=u;authenticator=externalbrowser" }))
            .Key.ShouldBe("Snowflake:authenticator");
    }
}
