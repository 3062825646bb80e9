using ConflictDb.Logging;
using Microsoft.Extensions.Logging;

namespace ConflictDb.UnitTests;

public sealed class RedactorTests
{
    [Theory]
    [InlineData("Host=db;Password=hunter22;Database=x", "Host=db;Password=***;Database=x")]
    [InlineData("private_key_pwd='a b c';user=u", "private_key_pwd=***;user=u")]
    [InlineData("token = abc.def.ghi", "token=***")]
    public void Secret_pairs_of_connection_strings_are_masked(string text, string expected)
    {
        new Redactor([]).Redact(text).ShouldBe(expected);
    }

    [Fact]
    public void Configured_secret_values_are_masked_wherever_they_appear()
    {
        new Redactor(["s3cr3t-value"]).Redact("failed to log in with s3cr3t-value as etl").ShouldBe("failed to log in with *** as etl");
    }

    [Fact]
    public void The_console_logger_never_writes_a_secret()
    {
        var output = new StringWriter();
        using var provider = new RedactingConsoleLoggerProvider(new Redactor(["topsecret"]), LogLevel.Information, output);
        var logger = provider.CreateLogger("test");

        logger.LogInformation("connecting with {Cs}", "Host=h;Password=topsecret");
        logger.LogError(new InvalidOperationException("bad topsecret"), "failed");

        output.ToString().ShouldNotContain("topsecret");
        output.ToString().ShouldContain("Password=***");
    }
}
