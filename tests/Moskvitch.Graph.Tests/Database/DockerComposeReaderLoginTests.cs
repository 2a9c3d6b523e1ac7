using Microsoft.Extensions.Logging.Abstractions;
using Moskvitch.Graph.Data;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Database;

/// <summary>
/// <c>docker compose up</c> serves through a read-only login: docker-compose.yml (as <c>docker-compose config</c> reads
/// it) mounts an init script from db/ into the postgres container's <c>/docker-entrypoint-initdb.d</c>, and the api
/// migrates as the owner (<c>ConnectionStrings__Moskvitch</c>) and reads through the login the script makes
/// (<c>ConnectionStrings__MoskvitchReader</c>). The script runs here as the postgres image runs it (psql with
/// <c>ON_ERROR_STOP</c>, as <c>POSTGRES_USER</c>, with the container's environment) on a fresh server of the test's own,
/// so roles start as in a new container: no <c>moskvitch_reader</c> yet.
/// </summary>
public sealed class DockerComposeReaderLoginTests : DedicatedPostgres
{
    private const string InitDirectory = "/docker-entrypoint-initdb.d/";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheApiReadsThroughTheLoginTheInitScriptMakesWhichReadsAndWritesNothing(bool initBeforeMigrations)
    {
        var (script, owner, reader, container) = await NewContainerAsync();
        if (initBeforeMigrations)
        {
            await RunInitScriptAsync(script, owner, container);
            DatabaseMigrator.Migrate(owner.ConnectionString, NullLogger.Instance);
        }
        else
        {
            DatabaseMigrator.Migrate(owner.ConnectionString, NullLogger.Instance);
            await RunInitScriptAsync(script, owner, container);
        }

        await using var connection = new NpgsqlConnection(reader.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(reader.Username, await ScalarAsync<string>(connection, "SELECT current_user"));
        Assert.True(await ScalarAsync<bool>(connection, "SELECT pg_has_role(current_user, 'moskvitch_reader', 'MEMBER')"));
        Assert.False(await ScalarAsync<bool>(connection, "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles WHERE rolname = current_user"));
        Assert.Equal("8s", await ScalarAsync<string>(connection, "SHOW statement_timeout"));
        Assert.Equal("30s", await ScalarAsync<string>(connection, "SHOW idle_in_transaction_session_timeout"));
        Assert.Equal("on", await ScalarAsync<string>(connection, "SHOW default_transaction_read_only"));

        var models = await TestPostgres.ScalarAsync<long>(owner.ConnectionString, "SELECT count(*) FROM model");
        Assert.True(models > 0);
        Assert.Equal(models, await ScalarAsync<long>(connection, "SELECT count(*) FROM model"));
        Assert.True(await ScalarAsync<long>(connection, "SELECT count(*) FROM search_graph('opel', 5)") > 0);
        Assert.NotNull(await ScalarAsync<string>(connection, "SELECT max(scriptname) FROM schema_versions"));

        const string insert = "INSERT INTO source (slug, kind, title) VALUES ('x', 'design_card', 'x')";
        var readOnly = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync<object>(connection, insert));
        Assert.Equal("25006", readOnly.SqlState);

        // Asking for a read-write transaction does not help: the grants stop the write.
        foreach (var write in new[] { insert, "UPDATE model SET name = 'x'", "DELETE FROM claim", "CREATE TABLE intruder (id int)" })
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var readWrite = new NpgsqlCommand("SET TRANSACTION READ WRITE", connection, transaction))
            {
                await readWrite.ExecuteNonQueryAsync();
            }

            await using var command = new NpgsqlCommand(write, connection, transaction);
            var denied = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal("42501", denied.SqlState);
        }
    }

    [Fact]
    public async Task WithoutAReaderPasswordTheInitScriptStopsWithAClearErrorAndMakesNoLogin()
    {
        var (script, owner, _, container) = await NewContainerAsync();
        container["MOSKVITCH_READER_PASSWORD"] = "";

        var (exit, _, stderr) = await RunPsqlAsync(script, owner, container);

        Assert.NotEqual(0, exit);
        Assert.Contains("MOSKVITCH_READER_PASSWORD is not set", stderr, StringComparison.Ordinal);
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(owner.ConnectionString, "SELECT count(*) FROM pg_roles WHERE rolname = 'moskvitch_service'"));
    }

    /// <summary>
    /// Reads docker-compose.yml (with passwords of this test's own in the environment), then makes what the postgres
    /// image makes on this test's server: the bootstrap superuser (<c>POSTGRES_USER</c>) owning <c>POSTGRES_DB</c>.
    /// Returns the init script, the api's two connection strings pointed at this server, and the container's environment.
    /// </summary>
    private async Task<(string Script, NpgsqlConnectionStringBuilder Owner, NpgsqlConnectionStringBuilder Reader, Dictionary<string, string> Container)> NewContainerAsync()
    {
        var compose = await ComposeConfigAsync(new Dictionary<string, string>
        {
            ["POSTGRES_PASSWORD"] = "owner-" + Guid.NewGuid().ToString("N")[..8],
            ["MOSKVITCH_READER_PASSWORD"] = "reader-" + Guid.NewGuid().ToString("N")[..8],
        });
        var postgres = Map(Map(compose, "services"), "postgres");
        var api = Map(Map(compose, "services"), "api");
        var container = Map(postgres, "environment").ToDictionary(e => e.Key, e => (string)e.Value!);
        Assert.StartsWith("postgres:", (string?)postgres["image"], StringComparison.Ordinal);

        var script = InitScript(postgres);
        var owner = Served(Map(api, "environment"), "ConnectionStrings__Moskvitch");
        var reader = Served(Map(api, "environment"), "ConnectionStrings__MoskvitchReader");
        Assert.Equal(container["POSTGRES_USER"], owner.Username);
        Assert.Equal(container["POSTGRES_PASSWORD"], owner.Password);
        Assert.Equal(container["POSTGRES_DB"], owner.Database);
        Assert.Equal(owner.Database, reader.Database);
        Assert.NotEqual(owner.Username, reader.Username);

        await TestPostgres.ExecuteAsync(Server.ConnectionString("postgres"), $"""
            CREATE ROLE "{owner.Username}" SUPERUSER LOGIN PASSWORD '{owner.Password}';
            ALTER DATABASE "{owner.Database}" OWNER TO "{owner.Username}";
            """);
        Assert.Equal(0L, await TestPostgres.ScalarAsync<long>(Server.ConnectionString("postgres"),
            "SELECT count(*) FROM pg_roles WHERE rolname = 'moskvitch_reader'"));
        return (script, owner, reader, container);
    }

    /// <summary>The init script mounted into the postgres container: a file in the repository's db/ folder.</summary>
    private static string InitScript(Dictionary<string, object?> postgres)
    {
        var mounts = postgres.TryGetValue("volumes", out var volumes) ? (List<object?>)volumes! : [];
        var init = mounts.Select(Mount).Where(m => m.Target.StartsWith(InitDirectory, StringComparison.Ordinal)).ToList();
        Assert.True(init.Count == 1,
            $"docker-compose.yml should mount one init script into the postgres container's {InitDirectory}; it mounts {init.Count} " +
            $"(volumes: {string.Join(", ", mounts)}).");
        var mount = init[0];
        Assert.EndsWith(".sql", mount.Target, StringComparison.Ordinal);
        var db = Path.Combine(RepositoryRoot, "db") + Path.DirectorySeparatorChar;
        Assert.StartsWith(db, Path.GetFullPath(mount.Source), StringComparison.Ordinal);
        Assert.True(File.Exists(mount.Source), $"{mount.Source} does not exist.");
        return mount.Source;
    }

    /// <summary>A volume as docker-compose v1 prints it (<c>source:target[:mode]</c>) or v2 does (a mapping).</summary>
    private static (string Source, string Target) Mount(object? volume) => volume switch
    {
        string text when text.Split(':') is [var source, var target, ..] => (source, target),
        Dictionary<string, object?> map => ((string)map["source"]!, (string)map["target"]!),
        _ => throw new Xunit.Sdk.XunitException($"Unexpected volume: {volume}"),
    };

    /// <summary>An api connection string, pointed at this test's server instead of the compose network's postgres.</summary>
    private NpgsqlConnectionStringBuilder Served(Dictionary<string, object?> environment, string name)
    {
        Assert.True(environment.TryGetValue(name, out var value), $"The api service has no {name}.");
        var builder = new NpgsqlConnectionStringBuilder((string)value!);
        Assert.Equal("postgres", builder.Host);
        Assert.Equal(5432, builder.Port);
        builder.Host = "127.0.0.1";
        builder.Port = Server.Port;
        builder.Pooling = false;
        return builder;
    }

    private static async Task RunInitScriptAsync(string script, NpgsqlConnectionStringBuilder owner, Dictionary<string, string> container)
    {
        var (exit, stdout, stderr) = await RunPsqlAsync(script, owner, container);
        Assert.True(exit == 0, $"psql -f {script} exited with {exit}:\n{stderr}\n{stdout}");
    }

    /// <summary>As the postgres image's entrypoint runs a <c>*.sql</c> init file: psql, ON_ERROR_STOP, no psqlrc, the container's environment.</summary>
    private static Task<(int Exit, string Stdout, string Stderr)> RunPsqlAsync(string script, NpgsqlConnectionStringBuilder owner, Dictionary<string, string> container)
    {
        var psql = Path.Combine(LocalPostgres.FindBinDirectory()!, "psql");
        var environment = new Dictionary<string, string>(container) { ["PGPASSWORD"] = owner.Password! };
        return ExternalTool.RunAsync(psql,
            ["-v", "ON_ERROR_STOP=1", "--no-psqlrc", "--no-password", "-h", owner.Host!, "-p", owner.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--username", container["POSTGRES_USER"], "--dbname", container["POSTGRES_DB"], "-f", script],
            RepositoryRoot, environment, TimeSpan.FromMinutes(1));
    }

    private static async Task<Dictionary<string, object?>> ComposeConfigAsync(Dictionary<string, string> environment)
    {
        (int Exit, string Stdout, string Stderr) result;
        try
        {
            result = await ExternalTool.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config"], RepositoryRoot, environment, TimeSpan.FromMinutes(1));
        }
        catch (InvalidOperationException e)
        {
            throw new Xunit.Sdk.XunitException(
                $"This test reads docker-compose.yml through `docker-compose config`, and docker-compose was not found ({e.InnerException?.Message}). " +
                "Install it (Debian: apt-get install docker-compose; .ci/run does).");
        }

        Assert.True(result.Exit == 0, $"docker-compose config exited with {result.Exit}:\n{result.Stderr}");
        return (Dictionary<string, object?>)ComposeYaml.Parse(result.Stdout)!;
    }

    private static Dictionary<string, object?> Map(Dictionary<string, object?> map, string key)
    {
        Assert.True(map.TryGetValue(key, out var value) && value is Dictionary<string, object?>, $"No mapping `{key}` in the compose configuration.");
        return (Dictionary<string, object?>)value!;
    }

    private static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Moskvitch.Graph.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The repository root (Moskvitch.Graph.sln) was not found.");
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>
/// Reads the block YAML <c>docker-compose config</c> prints: mappings, lists (indented or not under their key), plain
/// and quoted scalars, <c>{}</c> and <c>[]</c>. Enough for that output; not a general YAML parser.
/// </summary>
internal static class ComposeYaml
{
    public static object? Parse(string text)
    {
        var lines = text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => (Indent: l.Length - l.TrimStart().Length, Text: l.Trim()))
            .ToList();
        var i = 0;
        return lines.Count == 0 ? null : Block(lines, ref i, lines[0].Indent);
    }

    private static object Block(List<(int Indent, string Text)> lines, ref int i, int indent) =>
        lines[i].Text.StartsWith('-') ? List(lines, ref i, indent) : Mapping(lines, ref i, indent);

    private static List<object?> List(List<(int Indent, string Text)> lines, ref int i, int indent)
    {
        var list = new List<object?>();
        while (i < lines.Count && lines[i].Indent == indent && lines[i].Text.StartsWith('-'))
        {
            var item = lines[i].Text[1..].TrimStart();
            var itemIndent = indent + (lines[i].Text.Length - item.Length);
            if (KeyOf(item) is not null)
            {
                // "- key: value" starts a mapping whose further keys sit under the first one.
                lines[i] = (itemIndent, item);
                list.Add(Mapping(lines, ref i, itemIndent));
            }
            else
            {
                list.Add(Scalar(item));
                i++;
            }
        }

        return list;
    }

    private static Dictionary<string, object?> Mapping(List<(int Indent, string Text)> lines, ref int i, int indent)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (i < lines.Count && lines[i].Indent == indent && !lines[i].Text.StartsWith('-'))
        {
            var (key, value) = KeyOf(lines[i].Text) ?? throw new FormatException($"Not a key: {lines[i].Text}");
            i++;
            if (value.Length > 0)
            {
                map[key] = Scalar(value);
            }
            else if (i < lines.Count && (lines[i].Indent > indent || (lines[i].Indent == indent && lines[i].Text.StartsWith('-'))))
            {
                map[key] = Block(lines, ref i, lines[i].Indent);
            }
            else
            {
                map[key] = null;
            }
        }

        return map;
    }

    /// <summary>"key: value" or "key:" (a plain or quoted key), else null.</summary>
    private static (string Key, string Value)? KeyOf(string text)
    {
        if (text.StartsWith('\'') || text.StartsWith('"'))
        {
            var end = text.IndexOf(text[0], 1);
            return end > 0 && text[(end + 1)..] is var after && (after == ":" || after.StartsWith(": ", StringComparison.Ordinal))
                ? ((string)Scalar(text[..(end + 1)])!, after[1..].Trim())
                : null;
        }

        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0)
        {
            return (text[..colon], text[(colon + 2)..].Trim());
        }

        return text.EndsWith(':') ? (text[..^1], "") : null;
    }

    private static object? Scalar(string text) => text switch
    {
        "{}" => new Dictionary<string, object?>(StringComparer.Ordinal),
        "[]" => new List<object?>(),
        "null" or "~" => null,
        _ when text.Length >= 2 && text[0] == '\'' && text[^1] == '\'' => text[1..^1].Replace("''", "'", StringComparison.Ordinal),
        _ when text.Length >= 2 && text[0] == '"' && text[^1] == '"' => text[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal),
        _ => text,
    };
}
