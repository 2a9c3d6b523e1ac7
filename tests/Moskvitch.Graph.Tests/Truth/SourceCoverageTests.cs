using Moskvitch.Graph.Data;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Tests.Truth;

/// <summary>
/// The graph says everything the sources say: every sentence of both seeds, and every reference's title and snippet,
/// that states a year, a number or a named relation is cited by some fact (see <see cref="SourceCoverage"/> for the rule),
/// or carries a reviewed reason in db/coverage-exceptions.tsv. An exception that no longer matches an uncited sentence is
/// stale and fails the test too, so the file only ever lists what is still left out, and why.
/// </summary>
public sealed class SourceCoverageTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task EverySentenceStatingAYearANumberOrARelationIsCitedOrHasAReviewedReason()
    {
        var sentences = await WalkAsync();
        var exceptions = ReadExceptions();
        Assert.True(sentences.Count >= 250, $"only {sentences.Count} sentences walked");

        var uncited = sentences.Where(s => !s.Cited).ToList();
        var unexplained = uncited.Where(s => !exceptions.Any(e => e.Matches(s))).ToList();
        var stale = exceptions.Where(e => !uncited.Any(e.Matches)).ToList();

        Assert.True(unexplained.Count == 0 && stale.Count == 0, string.Join('\n', [
            $"{sentences.Count} sentences state a year, a number or a relation; {uncited.Count} are not cited, {unexplained.Count} of them without a reason in db/coverage-exceptions.tsv:",
            .. unexplained.Select(s => $"  {s.Source}\t{s.Text}" + (s.UncoveredNumbers.Count > 0 ? $"\t[uncovered: {string.Join(", ", s.UncoveredNumbers)}]" : "")),
            $"{stale.Count} stale exception(s) (no uncited sentence starts so):",
            .. stale.Select(e => $"  {e.Source}\t{e.Beginning}"),
        ]));
    }

    [Fact]
    public void EveryExceptionGivesAReasonAndASentenceBeginningLongEnoughToBeUnambiguous()
    {
        var exceptions = ReadExceptions();
        Assert.NotEmpty(exceptions);
        Assert.All(exceptions, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Reason), $"{e.Source}\t{e.Beginning}: no reason");
            Assert.True(e.Beginning.Length >= 12, $"{e.Source}\t{e.Beginning}: too short to identify a sentence");
        });
        Assert.Equal(exceptions.Count, exceptions.Select(e => (e.Source, e.Beginning)).Distinct().Count());
    }

    [Fact]
    public void SentencesEndAtTheirFullStopsButNotAfterAbbreviationsInitialsOrDecimalPoints()
    {
        const string text = """
            Renault Co. Ltd. bought 62% of St. Petersburg Motors Inc. in 1998. It grew to 1.5 million cars.
            J. R. Smith wrote it. Sales rose 3.6-fold! Did they? Yes… They did.
            A heading (1946-1967)
            """;

        var sentences = SourceCoverage.Split(text, 0, text.Length).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(
        [
            "Renault Co. Ltd. bought 62% of St. Petersburg Motors Inc. in 1998.",
            "It grew to 1.5 million cars.",
            "J. R. Smith wrote it.",
            "Sales rose 3.6-fold!",
            "Did they?",
            "Yes…",
            "They did.",
            "A heading (1946-1967)",
        ], sentences);
    }

    [Fact]
    public void ModelDesignationsAreNotNumbersButYearsAndFiguresAre()
    {
        const string sentence = "The Moskvitch-408 and the 402/403/407, KIM-10-50 and JAC JS4 sold 94,080 units in 1958 at 1.5 liters, like the K38.";

        var numbers = SourceCoverage.Numbers(sentence, ["402", "403", "407", "408"]).Select(n => sentence[n.Start..n.End]);

        Assert.Equal(["94,080", "1958", "1.5"], numbers);
    }

    [Fact]
    public void ASearchEnginesMissingNoteIsNotPartOfTheSentence()
    {
        Assert.Equal("Power – 50 hp.", SourceCoverage.SourceWords("Power – 50 hp.Missing: models expansion"));
        Assert.Equal("City Hall has begun bankruptcy proceedings ...",
            SourceCoverage.SourceWords("City Hall has begun bankruptcy proceedings ...Missing: 2002 | Show results with:2002"));
        Assert.Equal("Nine out of 10 leading new cars, in terms of sales, ...", SourceCoverage.SourceWords("Nine out of 10 leading new cars, in terms of sales, ...<|separator|>"));
    }

    [Fact]
    public void AQuoteCoversASentenceOnlyWhenItHoldsEveryNumberInIt()
    {
        const string text = "Production of the 402 started in 1956 in Moscow and two years later 94,080 units were assembled.";
        var source = new SourceCoverage.SourceText("seed-short", text, 0, text.Length);

        var partly = Assert.Single(SourceCoverage.Walk(source, ["Production of the 402 started in 1956 in Moscow"], ["402"]));
        var wholly = Assert.Single(SourceCoverage.Walk(source, ["Production of the 402 started in 1956 … 94,080 units were assembled"], ["402"]));

        Assert.False(partly.Cited);
        Assert.Equal(["94,080"], partly.UncoveredNumbers);
        Assert.True(wholly.Cited);
    }

    private async Task<List<SourceCoverage.Sentence>> WalkAsync()
    {
        await FactTablesGuard.AssertAreTheCitedTablesAsync(database.ConnectionString);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        var quotes = new Dictionary<string, List<string>>();
        var citations = string.Join(" UNION ALL ", MoskvitchDbContext.FactTables.Values.Order(StringComparer.Ordinal)
            .Select(t => $"SELECT source_id, quote FROM {t}_source"));
        await using (var command = new NpgsqlCommand($"SELECT s.slug, c.quote FROM ({citations}) c JOIN source s ON s.id = c.source_id", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var slug = reader.GetString(0);
                if (!quotes.TryGetValue(slug, out var list))
                {
                    quotes[slug] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        // Codes that only name a model (412, 2141, 400-421), not the ones that read as years (the Opel "1962").
        var codes = new List<string>();
        await using (var command = new NpgsqlCommand("""
            SELECT code FROM model WHERE code ~ '^[0-9]{3,4}(-[0-9]+[A-Z]?)?$' AND NOT (code ~ '^[0-9]{4}$' AND code::int BETWEEN 1930 AND 2029)
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                codes.Add(reader.GetString(0));
            }
        }

        var texts = new List<SourceCoverage.SourceText>();
        await using (var command = new NpgsqlCommand(
            "SELECT slug, kind, concat_ws(E'\\n', title, snippet, body), body FROM source WHERE kind IN ('seed_document', 'reference') ORDER BY kind DESC, number NULLS FIRST, slug",
            connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var citable = reader.GetString(2);
                if (reader.GetString(1) == "seed_document")
                {
                    // The body, without the long seed's list of references: those are walked as the reference rows.
                    var body = reader.GetString(3);
                    var start = citable.Length - body.Length;
                    var references = body.IndexOf("\nReferences\n", StringComparison.Ordinal);
                    texts.Add(new(reader.GetString(0), citable, start, references < 0 ? citable.Length : start + references));
                }
                else
                {
                    texts.Add(new(reader.GetString(0), citable, 0, citable.Length));
                }
            }
        }

        Assert.Contains(texts, t => t.Slug == "seed-short");
        Assert.Contains(texts, t => t.Slug == "seed-long");
        return [.. texts.SelectMany(t => SourceCoverage.Walk(t, quotes.GetValueOrDefault(t.Slug) ?? [], codes))];
    }

    private sealed record CoverageException(string Source, string Beginning, string Reason)
    {
        public bool Matches(SourceCoverage.Sentence sentence) =>
            sentence.Source == Source && sentence.Text.StartsWith(Beginning, StringComparison.Ordinal);
    }

    private static List<CoverageException> ReadExceptions()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, "db", "coverage-exceptions.tsv"));
        var exceptions = new List<CoverageException>();
        foreach (var line in lines.Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var fields = line.Split('\t');
            Assert.True(fields.Length == 3, $"coverage-exceptions.tsv: expected source, sentence beginning and reason: {line}");
            exceptions.Add(new(fields[0], SourceCoverage.Normalize(fields[1]), fields[2].Trim()));
        }

        return exceptions;
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
}
