using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace Moskvitch.Graph.Bench;

/// <summary>A representative query: its GraphQL document (bench/queries), variables, and the hand-written SQL of its database floor.</summary>
public sealed record BenchQuery(string Key, string Name, string Document, JsonObject Variables, IReadOnlyList<FloorStatement> Floor)
{
    /// <summary>The POST body the service and the HTTP floor receive.</summary>
    public byte[] Body() => JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["query"] = Document, ["variables"] = Variables.DeepClone() });

    public BenchQuery WithVariable(string name, string? value, params object[] floorParameters)
    {
        var variables = (JsonObject)Variables.DeepClone();
        variables[name] = value;
        return this with { Variables = variables, Floor = [.. Floor.Select(f => f with { Parameters = floorParameters.Length > 0 ? floorParameters : f.Parameters })] };
    }
}

/// <summary>One SQL statement of a floor; the statements of one request go to PostgreSQL in one round trip.</summary>
public sealed record FloorStatement(string Sql, object[] Parameters);

/// <summary>The fixed arguments the queries use at a scale, looked up in the bench database.</summary>
public sealed record QueryArguments(string MakerSlug, int ModelId, string ModelSlug, string SearchText, long Models);

public static class BenchQueries
{
    /// <summary>
    /// Q6b's text: three letters typed into a search box, the start of one of the words synthetic model names draw on
    /// (one model in 36 is a "Syn Volga …"), so thousands of names match equally well and the ten best must be chosen.
    /// </summary>
    public const string TypeAheadPrefix = "vol";

    public static async Task<QueryArguments> ArgumentsAsync(string connectionString, int scale, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var slug = string.Create(CultureInfo.InvariantCulture, $"syn-model-{Math.Max(1, scale / 2):D7}");
        await using var model = new NpgsqlCommand("SELECT id FROM model WHERE slug = $1", connection) { Parameters = { new() { Value = slug } } };
        var id = (int)(await model.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException($"{slug} is missing"));
        await using var count = new NpgsqlCommand("SELECT count(*) FROM model", connection);
        var models = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        return new QueryArguments("syn-maker-00001", id, slug, ScaleGenerator.SearchWord, models);
    }

    public static IReadOnlyList<BenchQuery> All(string queriesDirectory, QueryArguments a)
    {
        string Doc(string file) => File.ReadAllText(Path.Combine(queriesDirectory, file), Encoding.UTF8);
        const string ModelPage = "SELECT id, slug, name, year_from FROM model WHERE id > $1 ORDER BY id LIMIT 51";
        const string SearchHits = """
            SELECT h.kind, h.id, h.rank, m.name, m.year_from, o.name
            FROM search_graph($1, 10) h
            LEFT JOIN model m ON h.kind = 'Model' AND m.id = h.id
            LEFT JOIN organization o ON h.kind = 'Organization' AND o.id = h.id
            ORDER BY h.rank DESC, h.kind, h.id
            """;
        return
        [
            new("q1", "Q1 list", Doc("q1-list.graphql"), [],
            [
                new("""
                    SELECT m.id, m.slug, m.name, m.code, m.year_from, m.year_to, m.body_type, o.name, o.country
                    FROM model m LEFT JOIN organization o ON o.id = m.maker_id
                    WHERE m.year_from > 1960 ORDER BY m.year_from, m.id LIMIT 11
                    """, []),
            ]),
            new("q2", "Q2 nested", Doc("q2-nested.graphql"), new JsonObject { ["slug"] = a.MakerSlug },
            [
                new("""
                    SELECT o.name, m.id, m.name, m.year_from, i.aspect, i.kind, s.name, so.name
                    FROM organization o
                    CROSS JOIN LATERAL (SELECT id, name, year_from FROM model WHERE maker_id = o.id ORDER BY year_from, code, id LIMIT 21) m
                    LEFT JOIN LATERAL (SELECT aspect, kind, source_model_id FROM design_influence d WHERE d.model_id = m.id ORDER BY d.id LIMIT 6) i ON true
                    LEFT JOIN model s ON s.id = i.source_model_id
                    LEFT JOIN organization so ON so.id = s.maker_id
                    WHERE o.slug = $1
                    ORDER BY m.id
                    """, [a.MakerSlug]),
            ]),
            new("q3", "Q3 lookup", Doc("q3-lookup.graphql"), new JsonObject { ["id"] = GlobalId("Model", a.ModelId) },
            [
                new("""
                    SELECT m.id, m.slug, m.code, m.name, m.designation, m.year_from, m.year_to, m.generation, m.series, m.body_type,
                           m.brand, o.name, o.country
                    FROM model m LEFT JOIN organization o ON o.id = m.maker_id WHERE m.id = $1
                    """, [a.ModelId]),
            ]),
            new("q4", "Q4 count", Doc("q4-count.graphql"), [],
            [
                new("SELECT id, name, year_from FROM model WHERE year_from > 1960 ORDER BY year_from, id LIMIT 11", []),
                new("SELECT count(*) FROM model WHERE year_from > 1960", []),
            ]),
            new("q5", "Q5 lineage", Doc("q5-lineage.graphql"), new JsonObject { ["slug"] = a.ModelSlug },
            [
                new("""
                    SELECT l.kind, l.depth, f.name, t.name
                    FROM lineage((SELECT id FROM model WHERE slug = $1), 5, ARRAY['influence', 'succession', 'variant'], true, true) l
                    JOIN model f ON f.id = l.from_id JOIN model t ON t.id = l.to_id
                    ORDER BY l.direction DESC, l.depth, l.kind, l.fact_id
                    """, [a.ModelSlug]),
            ]),
            new("q6", "Q6 search", Doc("q6-search.graphql"), new JsonObject { ["text"] = a.SearchText },
            [
                new(SearchHits, [a.SearchText]),
            ]),
            new("q6b", "Q6b type-ahead", Doc("q6-search.graphql"), new JsonObject { ["text"] = TypeAheadPrefix },
            [
                new(SearchHits, [TypeAheadPrefix]),
            ]),
            new("q7", "Q7 page 1000", Doc("q7-deep-page.graphql"), new JsonObject { ["after"] = null }, [new(ModelPage, [0])]),
            new("q8", "Q8 bulk pull", Doc("q8-bulk.graphql"), new JsonObject { ["after"] = null },
            [
                new("""
                    SELECT m.id, m.slug, m.name, m.year_from,
                           (SELECT array_agg(s.slug ORDER BY s.id) FROM model_source ms JOIN source s ON s.id = ms.source_id WHERE ms.model_id = m.id)
                    FROM model m WHERE m.id > $1 ORDER BY m.id LIMIT 51
                    """, [0]),
            ]),
        ];
    }

    public static string GlobalId(string type, int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{type}:{key}")));
}
