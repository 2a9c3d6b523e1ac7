using System.Diagnostics;
using System.Globalization;
using Moskvitch.Graph.Data;
using Npgsql;
using NpgsqlTypes;

namespace Moskvitch.Graph.Bench;

/// <summary>
/// Builds <c>moskvitch_bench_&lt;N&gt;</c>: the migrations (the curated graph), then N synthetic models with makers,
/// holdings, engines, design influences, successions, variants, assemblies and ownerships, all deterministic for a
/// seed and bulk-loaded with binary COPY. Every synthetic row has a <c>syn-</c> slug (or belongs to rows that do) and
/// cites the one synthetic source, whose title says it is generated benchmark data. The database is built under a
/// temporary name and renamed when complete, so a half-built database is never taken for a finished one.
/// </summary>
public static class ScaleGenerator
{
    public const string SourceSlug = "syn-generated-benchmark-data";
    public const string Quote = "Synthetic row generated for benchmarking";
    public const string SearchWord = "aurora";

    /// <summary>The tables the load fills (and their <c>_source</c> citation tables).</summary>
    private static readonly string[] LoadedTables = ["organization", "ownership", "engine", "model", "design_influence", "succession", "model_engine", "assembly"];

    private static readonly string[] Words =
    [
        "aurora", "comet", "sputnik", "zenith", "falcon", "volga", "taiga", "neva", "orbit", "granit", "vostok", "ural",
        "baikal", "altai", "kosmos", "meteor", "polar", "rapid", "steppe", "tundra", "vityaz", "yantar", "zarya", "lada",
        "kama", "onega", "svir", "ladoga", "pamir", "elbrus", "kazbek", "amur", "angara", "irtysh", "lena", "oka",
    ];

    private static readonly string[] BodyTypes = ["sedan", "hatchback", "station_wagon", "van", "pickup", "coupe", "liftback", "crossover"];
    private static readonly string[] Layouts = ["front_engine_rear_drive", "front_engine_front_drive", "rear_engine_rear_drive"];
    private static readonly string[] Statuses = ["produced", "produced", "produced", "prototype", "planned"];
    private static readonly string[] Generations = ["first", "second", "third", "fourth", "modern"];
    private static readonly string[] Aspects = ["body", "chassis", "engine", "platform", "styling", "layout", "suspension", "design"];
    private static readonly string[] InfluenceKinds = ["licence", "clone", "inspiration", "rebadge", "reverse_engineering", "derivative"];
    private static readonly string[] Countries = ["Soviet Union", "Russia", "Germany", "France", "Italy", "United Kingdom", "Bulgaria", "Belgium", "China", "Japan"];

    public static async Task BuildAsync(LocalPostgres server, string name, int scale, int seed, ILogger logger, CancellationToken cancellationToken)
    {
        var building = name + "_building";
        var admin = server.ConnectionString("postgres");
        var clock = Stopwatch.StartNew();
        var step = Stopwatch.StartNew();
        Console.WriteLine($"Generating {name}: the curated graph plus {scale:N0} synthetic models (seed {seed})");
        await BenchDatabase.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {building} WITH (FORCE)", cancellationToken);
        await BenchDatabase.ExecuteAsync(admin, $"CREATE DATABASE {building}", cancellationToken);
        // Bulk statements (COPY and its foreign-key checks, VACUUM) may run for minutes at a million models.
        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString(building)) { CommandTimeout = 0 }.ConnectionString;
        DatabaseMigrator.Migrate(connectionString, logger);
        Console.WriteLine($"  migrated in {Seconds(step)}");

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var deferred = await DropSearchIndexesAsync(connection, cancellationToken);
            var paused = await DisableRangeTriggersAsync(connection, cancellationToken);
            var loaded = false;
            try
            {
                var counts = await LoadAsync(connection, scale, seed, cancellationToken);
                Console.WriteLine($"  loaded {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value:N0}"))} in {Seconds(step)}");
                var rewritten = await FillRangesAsync(connection, paused, cancellationToken);
                Console.WriteLine($"  ranges of {string.Join(", ", paused.Select(p => p.Table))} checked ({rewritten:N0} rows rewritten) in {Seconds(step)}");
                await EnableRangeTriggersAsync(connection, paused, cancellationToken);
                await RecreateAsync(connection, deferred, cancellationToken);
                Console.WriteLine($"  {deferred.Count} search indexes built after the load in {Seconds(step)}");
                await transaction.CommitAsync(cancellationToken);
                Console.WriteLine($"  committed in {Seconds(step)}");
                loaded = true;
            }
            finally
            {
                // A failed load is rolled back, and the DISABLE TRIGGER with it (ALTER TABLE is transactional; an
                // ENABLE would only fail in the aborted transaction): the triggers are never seen disabled.
                if (!loaded && connection.State == System.Data.ConnectionState.Open)
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                }
            }

            // VACUUM as well as ANALYZE: it sets the hint bits and the visibility map that autovacuum would set on a
            // database in service, so that the first queries do not write every page and counts can read the index
            // alone (at a million models, the first count by start year scanned and wrote the whole table: 384 ms).
            await using var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", connection) { CommandTimeout = 0 };
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
            Console.WriteLine($"  vacuumed and analyzed in {Seconds(step)}");
        }

        NpgsqlConnection.ClearAllPools();
        await BenchDatabase.ExecuteAsync(admin, $"ALTER DATABASE {building} RENAME TO {name}", cancellationToken);
        Console.WriteLine($"  {name} ready after {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// Drops the trigram and full-text indexes (GiST and GIN) before the load and returns their definitions: kept up row
    /// by row, the trigram index of a million models' names alone held the COPY for over 20 minutes; built once after the
    /// load, it is far quicker. Within the load's transaction, so the database is never seen without them.
    /// </summary>
    private static async Task<List<string>> DropSearchIndexesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var find = new NpgsqlCommand("""
            SELECT c.oid::regclass::text, pg_get_indexdef(i.indexrelid)
              FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
             WHERE c.relnamespace = 'public'::regnamespace AND NOT i.indisprimary AND NOT i.indisunique AND am.amname IN ('gist', 'gin')
            """, connection))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX {name}", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return [.. definitions.Select(d => d.Definition)];
    }

    /// <summary>
    /// Disables the <c>claim_range_refresh</c> triggers of the tables the load fills, and returns each table with the
    /// first id it will load. Row by row, they refresh every disputable attribute of every new row (one UPDATE per row
    /// and attribute: a million models held <c>COPY model</c> for over 8 minutes, and left four versions of each row);
    /// the COPY writes those columns itself and <see cref="FillRangesAsync"/> checks them after the load, one statement
    /// per table. Other per-row triggers on those tables are listed.
    /// </summary>
    private static async Task<List<(string Table, int FirstId)>> DisableRangeTriggersAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        var others = new List<string>();
        await using (var find = new NpgsqlCommand("""
            SELECT c.relname, t.tgname = 'claim_range_refresh' AND t.tgenabled <> 'D'
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
             WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace
               AND (c.relname = ANY ($1) OR c.relname = ANY (SELECT l || '_source' FROM unnest($1) l))
             ORDER BY c.relname, t.tgname
            """, connection))
        {
            find.Parameters.AddWithValue(LoadedTables);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                (reader.GetBoolean(1) ? tables : others).Add(reader.GetString(0));
            }
        }

        if (others.Count > 0)
        {
            Console.WriteLine($"  per-row triggers kept during the load on: {string.Join(", ", others)}");
        }

        var paused = new List<(string, int)>();
        foreach (var table in tables)
        {
            var first = await NextIdAsync(connection, table, cancellationToken);
            await using var disable = new NpgsqlCommand($"ALTER TABLE {Identifier(table)} DISABLE TRIGGER claim_range_refresh", connection);
            await disable.ExecuteNonQueryAsync(cancellationToken);
            paused.Add((table, first));
        }

        return paused;
    }

    private static async Task EnableRangeTriggersAsync(NpgsqlConnection connection, List<(string Table, int FirstId)> paused, CancellationToken cancellationToken)
    {
        foreach (var (table, _) in paused)
        {
            await using var enable = new NpgsqlCommand($"ALTER TABLE {Identifier(table)} ENABLE TRIGGER claim_range_refresh", connection);
            await enable.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Leaves the range columns of the loaded rows as their triggers would have (<c>refresh_claim_range</c> for each
    /// attribute of <c>claim_range</c>), and returns the rows rewritten. A row without claims has both columns of an
    /// attribute equal to its value (NULL for a claim-only attribute): one UPDATE per table sets them where they are
    /// not (the COPY has written them, so none should be: a rewrite would leave a dead version of each row). A row with
    /// claims (none are generated) is refreshed by the function itself.
    /// </summary>
    private static async Task<long> FillRangesAsync(NpgsqlConnection connection, List<(string Table, int FirstId)> paused, CancellationToken cancellationToken)
    {
        long rewritten = 0;
        foreach (var (table, first) in paused)
        {
            var set = new List<string>();
            var differs = new List<string>();
            await using (var columns = new NpgsqlCommand(
                "SELECT value_column, low_column, high_column FROM claim_range WHERE subject_kind = $1 ORDER BY attribute", connection))
            {
                columns.Parameters.AddWithValue(table);
                await using var reader = await columns.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var value = reader.IsDBNull(0) ? "NULL" : "t." + Identifier(reader.GetString(0));
                    foreach (var column in new[] { Identifier(reader.GetString(1)), Identifier(reader.GetString(2)) })
                    {
                        set.Add($"{column} = {value}");
                        differs.Add($"t.{column} IS DISTINCT FROM {value}");
                    }
                }
            }

            if (set.Count == 0)
            {
                continue;
            }

            await using (var update = new NpgsqlCommand($"""
                UPDATE {Identifier(table)} t SET {string.Join(", ", set)}
                 WHERE t.id >= $1 AND NOT EXISTS (SELECT FROM claim c WHERE c.subject_kind = $2 AND c.subject_id = t.id)
                   AND ({string.Join(" OR ", differs)})
                """, connection) { CommandTimeout = 0 })
            {
                update.Parameters.AddWithValue(first);
                update.Parameters.AddWithValue(table);
                rewritten += await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var claimed = new NpgsqlCommand("""
                SELECT count(DISTINCT subject_id) FROM (
                    SELECT s.subject_id, refresh_claim_range(r.subject_kind, s.subject_id, r.attribute)
                      FROM claim_range r
                      CROSS JOIN (SELECT DISTINCT subject_id FROM claim WHERE subject_kind = $2 AND subject_id >= $1) s
                     WHERE r.subject_kind = $2) refreshed
                """, connection) { CommandTimeout = 0 };
            claimed.Parameters.AddWithValue(first);
            claimed.Parameters.AddWithValue(table);
            rewritten += Convert.ToInt64(await claimed.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        return rewritten;
    }

    private static string Identifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The seconds since the last call (or the start), restarting the watch: one step's time.</summary>
    private static string Seconds(Stopwatch step)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{step.Elapsed.TotalSeconds:F1} s");
        step.Restart();
        return text;
    }

    private static async Task RecreateAsync(NpgsqlConnection connection, List<string> definitions, CancellationToken cancellationToken)
    {
        await using (var memory = new NpgsqlCommand("SET LOCAL maintenance_work_mem = '1GB'", connection))
        {
            await memory.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var definition in definitions)
        {
            await using var create = new NpgsqlCommand(definition, connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<Dictionary<string, ulong>> LoadAsync(NpgsqlConnection connection, int scale, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var counts = new Dictionary<string, ulong>();
        var makers = Math.Max(20, scale / 500);
        var holdings = Math.Max(5, makers / 20);
        var engines = Math.Max(50, scale / 20);

        var source = await ScalarAsync(connection, $"""
            INSERT INTO source (slug, kind, title, body, note) VALUES (
                '{SourceSlug}', 'seed_document',
                'Generated benchmark data (synthetic, not a source of facts)',
                '{Quote}: every row citing this source was made up by the benchmark''s scale generator (seed {seed}, {scale} models); none of it is true.',
                'Only in the benchmark databases (moskvitch_bench_N), never in the curated database.')
            RETURNING id
            """, cancellationToken);

        // Organizations: holdings own the makers; makers make the models and assemble them under licence.
        var orgBase = await NextIdAsync(connection, "organization", cancellationToken);
        var makerIds = new int[makers];
        await using (var w = await BeginAsync(connection,
            "COPY organization (id, slug, name, short_name, kind, country, founded_year, description, founded_year_earliest, founded_year_latest) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var h = 0; h < holdings; h++)
            {
                await RowAsync(w, orgBase + h, $"syn-holding-{h + 1:D5}", $"Syn Holding {h + 1}", null, "state_body",
                    Countries[h % Countries.Length], 1920 + (h % 60), "Synthetic holding company (benchmark data).", cancellationToken);
            }

            for (var m = 0; m < makers; m++)
            {
                var id = orgBase + holdings + m;
                makerIds[m] = id;
                var word = Words[m % Words.Length];
                await RowAsync(w, id, $"syn-maker-{m + 1:D5}", $"Syn {Cap(word)} Motor Works {m + 1}", $"S{m + 1}", "manufacturer",
                    Countries[random.Next(Countries.Length)], 1900 + random.Next(100), $"Synthetic car maker named after {word} (benchmark data).", cancellationToken);
            }

            counts["organizations"] = await w.CompleteAsync(cancellationToken);
        }

        await CiteAsync(connection, "organization", orgBase, holdings + makers, source, cancellationToken);

        var ownershipBase = await NextIdAsync(connection, "ownership", cancellationToken);
        await using (var w = await BeginAsync(connection,
            "COPY ownership (id, owner_id, owned_id, role, stake_percent, from_year) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var m = 0; m < makers; m++)
            {
                await w.StartRowAsync(cancellationToken);
                await w.WriteAsync(ownershipBase + m, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(orgBase + (m % holdings), NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(makerIds[m], NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync("owner", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(100m, NpgsqlDbType.Numeric, cancellationToken);
                await w.WriteAsync(1950 + random.Next(60), NpgsqlDbType.Integer, cancellationToken);
            }

            counts["ownerships"] = await w.CompleteAsync(cancellationToken);
        }

        await CiteAsync(connection, "ownership", ownershipBase, makers, source, cancellationToken);

        var engineBase = await NextIdAsync(connection, "engine", cancellationToken);
        await using (var w = await BeginAsync(connection,
            """
            COPY engine (id, slug, designation, displacement_cc, cylinders, cylinder_layout, power_hp, fuel,
                         displacement_cc_lowest, displacement_cc_highest, power_hp_lowest, power_hp_highest)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            for (var e = 0; e < engines; e++)
            {
                await w.StartRowAsync(cancellationToken);
                await w.WriteAsync(engineBase + e, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync($"syn-engine-{e + 1:D7}", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync($"SYN-{e + 1}", NpgsqlDbType.Text, cancellationToken);
                var displacement = 800 + random.Next(2400);
                await w.WriteAsync(displacement, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(random.Next(3) switch { 0 => 3, 1 => 4, _ => 6 }, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync("inline", NpgsqlDbType.Text, cancellationToken);
                var power = (decimal)(30 + random.Next(150));
                await w.WriteAsync(power, NpgsqlDbType.Numeric, cancellationToken);
                await w.WriteAsync(random.Next(10) == 0 ? "diesel" : "petrol", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(displacement, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(displacement, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(power, NpgsqlDbType.Numeric, cancellationToken);
                await w.WriteAsync(power, NpgsqlDbType.Numeric, cancellationToken);
            }

            counts["engines"] = await w.CompleteAsync(cancellationToken);
        }

        await CiteAsync(connection, "engine", engineBase, engines, source, cancellationToken);

        // The range columns of claim_range (year_from_earliest, units_built_lowest, ...) are written with the values, as
        // refresh_claim_range leaves a row without claims: both equal to the column (FillRangesAsync checks them).

        // Models: model i is made by maker i % makers, so every maker has scale / makers models; a tenth are variants
        // of an earlier model of the same maker.
        var modelBase = await NextIdAsync(connection, "model", cancellationToken);
        await using (var w = await BeginAsync(connection,
            """
            COPY model (id, slug, code, name, year_from, year_to, designation, generation, series, body_type, layout, status,
                        units_built, top_speed_kmh, payload_kg, parent_model_id, maker_id, brand, is_moskvitch, description,
                        year_from_earliest, year_from_latest, year_to_earliest, year_to_latest, units_built_lowest, units_built_highest)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            for (var i = 0; i < scale; i++)
            {
                var maker = i % makers;
                var word = Words[random.Next(Words.Length)];
                var word2 = Words[random.Next(Words.Length)];
                var yearFrom = 1930 + random.Next(95);
                int? yearTo = random.Next(5) == 0 ? null : Math.Min(2100, yearFrom + random.Next(25));
                int? parent = i >= makers * 3 && random.Next(10) == 0 ? modelBase + i - (makers * (1 + random.Next(3))) : null;
                await w.StartRowAsync(cancellationToken);
                await w.WriteAsync(modelBase + i, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync($"syn-model-{i + 1:D7}", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync($"S{i + 1}", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync($"Syn {Cap(word)} {i + 1}", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(yearFrom, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(w, yearTo, cancellationToken);
                await w.WriteAsync($"{maker + 1}-{i + 1}", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(Generations[random.Next(Generations.Length)], NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync($"syn-{maker + 1}", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(BodyTypes[random.Next(BodyTypes.Length)], NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(Layouts[random.Next(Layouts.Length)], NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(Statuses[random.Next(Statuses.Length)], NpgsqlDbType.Text, cancellationToken);
                var unitsBuilt = (long)random.Next(1_000_000);
                await w.WriteAsync(unitsBuilt, NpgsqlDbType.Bigint, cancellationToken);
                await w.WriteAsync(90 + random.Next(120), NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(200 + random.Next(800), NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(w, parent, cancellationToken);
                await w.WriteAsync(makerIds[maker], NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync($"Syn {Cap(Words[maker % Words.Length])}", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(random.Next(10) == 0, NpgsqlDbType.Boolean, cancellationToken);
                await w.WriteAsync($"A synthetic {word} {word2} {BodyTypes[random.Next(BodyTypes.Length)].Replace('_', ' ')} (benchmark data, not a real model).", NpgsqlDbType.Text, cancellationToken);
                await w.WriteAsync(yearFrom, NpgsqlDbType.Integer, cancellationToken);
                await w.WriteAsync(yearFrom, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(w, yearTo, cancellationToken);
                await WriteNullableAsync(w, yearTo, cancellationToken);
                await w.WriteAsync(unitsBuilt, NpgsqlDbType.Bigint, cancellationToken);
                await w.WriteAsync(unitsBuilt, NpgsqlDbType.Bigint, cancellationToken);
            }

            counts["models"] = await w.CompleteAsync(cancellationToken);
        }

        await CiteAsync(connection, "model", modelBase, scale, source, cancellationToken);

        // Design influences: 0-5 per model (2.5 on average), each on a distinct earlier model, mostly a near one, so
        // lineage walks find chains of many links.
        var influenceBase = await NextIdAsync(connection, "design_influence", cancellationToken);
        long influences = 0;
        await using (var w = await BeginAsync(connection,
            "COPY design_influence (id, model_id, source_model_id, aspect, kind, note) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            var chosen = new HashSet<int>();
            for (var i = 1; i < scale; i++)
            {
                chosen.Clear();
                var n = Math.Min(i, random.Next(6));
                while (chosen.Count < n)
                {
                    chosen.Add(random.Next(10) < 7 ? Math.Max(0, i - 1 - random.Next(Math.Min(i, 200))) : random.Next(i));
                }

                foreach (var s in chosen)
                {
                    await w.StartRowAsync(cancellationToken);
                    await w.WriteAsync((int)(influenceBase + influences), NpgsqlDbType.Integer, cancellationToken);
                    await w.WriteAsync(modelBase + i, NpgsqlDbType.Integer, cancellationToken);
                    await w.WriteAsync(modelBase + s, NpgsqlDbType.Integer, cancellationToken);
                    await w.WriteAsync(Aspects[random.Next(Aspects.Length)], NpgsqlDbType.Text, cancellationToken);
                    await w.WriteAsync(InfluenceKinds[random.Next(InfluenceKinds.Length)], NpgsqlDbType.Text, cancellationToken);
                    await w.WriteAsync("Synthetic influence (benchmark data).", NpgsqlDbType.Text, cancellationToken);
                    influences++;
                }
            }

            counts["design influences"] = await w.CompleteAsync(cancellationToken);
        }

        await CiteAsync(connection, "design_influence", influenceBase, influences, source, cancellationToken);

        // Successions: three in ten models succeed the same maker's previous model.
        var successionBase = await NextIdAsync(connection, "succession", cancellationToken);
        long successions = 0;
        await using (var w = await BeginAsync(connection,
            "COPY succession (id, predecessor_id, successor_id) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = makers; i < scale; i++)
            {
                if (random.Next(10) < 3)
                {
                    await w.StartRowAsync(cancellationToken);
                    await w.WriteAsync((int)(successionBase + successions), NpgsqlDbType.Integer, cancellationToken);
                    await w.WriteAsync(modelBase + i - makers, NpgsqlDbType.Integer, cancellationToken);
                    await w.WriteAsync(modelBase + i, NpgsqlDbType.Integer, cancellationToken);
                    successions++;
                }
            }

            counts["successions"] = await w.CompleteAsync(cancellationToken);
        }

        await CiteAsync(connection, "succession", successionBase, successions, source, cancellationToken);

        // Engines: one or two per model.
        var modelEngineBase = await NextIdAsync(connection, "model_engine", cancellationToken);
        long modelEngines = 0;
        await using (var w = await BeginAsync(connection,
            "COPY model_engine (id, model_id, engine_id, transmission) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < scale; i++)
            {
                var first = random.Next(engines);
                var n = random.Next(2) + 1;
                for (var k = 0; k < n; k++)
                {
                    await w.StartRowAsync(cancellationToken);
                    await w.WriteAsync((int)(modelEngineBase + modelEngines), NpgsqlDbType.Integer, cancellationToken);
                    await w.WriteAsync(modelBase + i, NpgsqlDbType.Integer, cancellationToken);
                    await w.WriteAsync(engineBase + ((first + k) % engines), NpgsqlDbType.Integer, cancellationToken);
                    await w.WriteAsync(k == 0 ? "four-speed manual" : "five-speed manual", NpgsqlDbType.Text, cancellationToken);
                    modelEngines++;
                }
            }

            counts["model engines"] = await w.CompleteAsync(cancellationToken);
        }

        await CiteAsync(connection, "model_engine", modelEngineBase, modelEngines, source, cancellationToken);

        // Assemblies: one model in twenty is also assembled under licence by another maker.
        var assemblyBase = await NextIdAsync(connection, "assembly", cancellationToken);
        long assemblies = 0;
        await using (var w = await BeginAsync(connection,
            "COPY assembly (id, model_id, licensee_id, country, year_from, kit) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < scale; i++)
            {
                if (random.Next(20) == 0)
                {
                    var year = 1950 + random.Next(70);
                    await w.StartRowAsync(cancellationToken);
                    await w.WriteAsync((int)(assemblyBase + assemblies), NpgsqlDbType.Integer, cancellationToken);
                    await w.WriteAsync(modelBase + i, NpgsqlDbType.Integer, cancellationToken);
                    await w.WriteAsync(makerIds[random.Next(makers)], NpgsqlDbType.Integer, cancellationToken);
                    await w.WriteAsync(Countries[random.Next(Countries.Length)], NpgsqlDbType.Text, cancellationToken);
                    await w.WriteAsync(year, NpgsqlDbType.Integer, cancellationToken);
                    await w.WriteAsync(random.Next(2) == 0 ? "ckd" : "skd", NpgsqlDbType.Text, cancellationToken);
                    assemblies++;
                }
            }

            counts["assemblies"] = await w.CompleteAsync(cancellationToken);
        }

        await CiteAsync(connection, "assembly", assemblyBase, assemblies, source, cancellationToken);

        foreach (var table in LoadedTables)
        {
            await ScalarAsync(connection, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))", cancellationToken);
        }

        return counts;
    }

    /// <summary>One citation of the synthetic source for each of the <paramref name="count"/> rows from <paramref name="firstId"/>.</summary>
    private static async Task CiteAsync(NpgsqlConnection connection, string table, long firstId, long count, int source, CancellationToken cancellationToken)
    {
        await using var w = await BeginAsync(connection,
            $"COPY {table}_source ({table}_id, source_id, quote) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var id = firstId; id < firstId + count; id++)
        {
            await w.StartRowAsync(cancellationToken);
            await w.WriteAsync((int)id, NpgsqlDbType.Integer, cancellationToken);
            await w.WriteAsync(source, NpgsqlDbType.Integer, cancellationToken);
            await w.WriteAsync(Quote, NpgsqlDbType.Text, cancellationToken);
        }

        await w.CompleteAsync(cancellationToken);
    }

    private static async Task RowAsync(NpgsqlBinaryImporter w, int id, string slug, string name, string? shortName,
        string kind, string country, int founded, string description, CancellationToken cancellationToken)
    {
        await w.StartRowAsync(cancellationToken);
        await w.WriteAsync(id, NpgsqlDbType.Integer, cancellationToken);
        await w.WriteAsync(slug, NpgsqlDbType.Text, cancellationToken);
        await w.WriteAsync(name, NpgsqlDbType.Text, cancellationToken);
        if (shortName is null)
        {
            await w.WriteNullAsync(cancellationToken);
        }
        else
        {
            await w.WriteAsync(shortName, NpgsqlDbType.Text, cancellationToken);
        }

        await w.WriteAsync(kind, NpgsqlDbType.Text, cancellationToken);
        await w.WriteAsync(country, NpgsqlDbType.Text, cancellationToken);
        await w.WriteAsync(founded, NpgsqlDbType.Integer, cancellationToken);
        await w.WriteAsync(description, NpgsqlDbType.Text, cancellationToken);
        await w.WriteAsync(founded, NpgsqlDbType.Integer, cancellationToken);
        await w.WriteAsync(founded, NpgsqlDbType.Integer, cancellationToken);
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter w, int? value, CancellationToken cancellationToken)
    {
        if (value is int v)
        {
            await w.WriteAsync(v, NpgsqlDbType.Integer, cancellationToken);
        }
        else
        {
            await w.WriteNullAsync(cancellationToken);
        }
    }

    private static async Task<NpgsqlBinaryImporter> BeginAsync(NpgsqlConnection connection, string copy, CancellationToken cancellationToken)
    {
        var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        importer.Timeout = TimeSpan.Zero;
        return importer;
    }

    private static async Task<int> NextIdAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken) =>
        await ScalarAsync(connection, $"SELECT coalesce(max(id), 0) + 1 FROM {table}", cancellationToken);

    private static async Task<int> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
