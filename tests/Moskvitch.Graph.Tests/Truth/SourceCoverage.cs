using System.Text.RegularExpressions;

namespace Moskvitch.Graph.Tests.Truth;

/// <summary>
/// The sentences of the seed texts that state something checkable — a year, a number or a named relation — and whether a
/// citation covers them. A sentence is <em>cited</em> when the verbatim quotes that cite its source cover at least
/// <see cref="MinimumOverlap"/> of its characters (all of them when it is shorter) and every number in it: a sentence
/// whose year or figure no quote holds is not cited, even when another part of it is. What a search engine added to a
/// reference's snippet (its "Missing: …" note) is not the source's words and is not walked.
/// </summary>
public static partial class SourceCoverage
{
    /// <summary>Characters of a sentence a quote must cover, when the sentence is at least that long.</summary>
    public const int MinimumOverlap = 20;

    /// <summary>A quote fragment shorter than this marks text only where it occurs once in its source.</summary>
    public const int ShortFragment = 12;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "co", "ltd", "st", "mr", "mrs", "dr", "jr", "sr", "inc", "corp", "vs", "no", "nos", "approx", "est", "gen", "prof",
        "e.g", "i.e", "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>A text to walk: the source's citable text (title, snippet, body, as <c>cite()</c> reads it) and the part of it walked.</summary>
    public sealed record SourceText(string Slug, string Citable, int WalkStart, int WalkEnd);

    /// <summary>A walked sentence: its source, its text (whitespace collapsed), the numbers no quote covers, and whether it is cited.</summary>
    public sealed record Sentence(string Source, string Text, IReadOnlyList<string> UncoveredNumbers, bool Cited);

    /// <summary>
    /// The sentence spans of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>. A line
    /// break always ends a sentence (headings, reference titles); within a line a sentence ends at <c>.</c>, <c>!</c>,
    /// <c>?</c> or <c>…</c> followed by white space and a capital letter or digit, except after an abbreviation (Co., Ltd.,
    /// St., Jan., U.S.) or a single letter (an initial). A decimal point has no space after it, so 1.5 never splits.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text, int start, int end)
    {
        var spans = new List<(int, int)>();
        var lineStart = start;
        while (lineStart < end)
        {
            var lineEnd = text.IndexOf('\n', lineStart, end - lineStart);
            if (lineEnd < 0)
            {
                lineEnd = end;
            }

            var line = text[lineStart..lineEnd];
            var from = 0;
            foreach (Match boundary in SentenceEnd().Matches(line))
            {
                if (line[boundary.Index] == '.' && boundary.Value.TrimEnd().Length == 1 && IsAbbreviationOrInitial(line, from, boundary.Index))
                {
                    continue;
                }

                Add(spans, text, lineStart + from, lineStart + boundary.Index + boundary.Value.TrimEnd().Length);
                from = boundary.Index + boundary.Length;
            }

            Add(spans, text, lineStart + from, lineEnd);
            lineStart = lineEnd + 1;
        }

        return spans;
    }

    private static bool IsAbbreviationOrInitial(string line, int from, int dot)
    {
        var before = line[from..dot];
        var space = before.LastIndexOfAny([' ', '(', '\t']);
        var word = before[(space + 1)..];
        return (word.Length == 1 && char.IsLetter(word[0])) || Abbreviations.Contains(word);
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end));
        }
    }

    /// <summary>
    /// The numbers a sentence states: runs of digits (with their decimal point or thousands separators), leaving out the
    /// digits that only name a model — a maker's word with a number (Moskvitch-408, KIM-10-50, JAC JS4), a letter-digit
    /// code (K38, G-4, RX9) or one of <paramref name="modelCodes"/> (412, 2141, 400-421) with its /-joined siblings.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Numbers(string sentence, IReadOnlyCollection<string> modelCodes)
    {
        var codes = string.Join('|', modelCodes.OrderByDescending(c => c.Length).Select(Regex.Escape));
        var designation = new Regex(
            $@"\b(?:{Makers})[\s-]*\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)*|\b[A-Za-z]+-?\d+[A-Za-z]?\b"
            + (codes.Length > 0 ? $@"|\b(?:{codes})[A-Za-z]?(?:[-/]\d+[A-Za-z]?)*\b" : ""),
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var masked = designation.Replace(sentence, m => new string(' ', m.Length));
        return [.. NumberToken().Matches(masked).Select(m => (m.Index, m.Index + m.Length))];
    }

    private const string Makers = "Moskvi?t?ch|KIM|AZLK|IZh|GAZ|JAC|Fiat|BMW|Simca|Renault|Sehol|Aleko|Kadett|Prefect|Model";

    /// <summary>Whether a sentence names a relation between things: a copy, a basis, a succession, a licence, an owner.</summary>
    public static bool NamesARelation(string sentence) => Relation().IsMatch(sentence);

    /// <summary>Marks the characters of <paramref name="citable"/> that the quotes' fragments (joined by " … ") cover.</summary>
    public static bool[] Covered(string citable, IEnumerable<string> quotes)
    {
        var covered = new bool[citable.Length];
        foreach (var fragment in quotes.SelectMany(q => q.Split(" … ")))
        {
            if (fragment.Length == 0)
            {
                continue;
            }

            var at = new List<int>();
            for (var i = citable.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = citable.IndexOf(fragment, i + 1, StringComparison.Ordinal))
            {
                at.Add(i);
            }

            if (fragment.Length < ShortFragment && at.Count > 1)
            {
                continue;
            }

            foreach (var i in at)
            {
                Array.Fill(covered, true, i, fragment.Length);
            }
        }

        return covered;
    }

    /// <summary>Walks the sentences of one text that state a number or name a relation.</summary>
    public static IEnumerable<Sentence> Walk(SourceText source, IEnumerable<string> quotes, IReadOnlyCollection<string> modelCodes)
    {
        var covered = Covered(source.Citable, quotes);
        foreach (var (start, whole) in Split(source.Citable, source.WalkStart, source.WalkEnd))
        {
            var end = start + SourceWords(source.Citable[start..whole]).Length;
            var text = source.Citable[start..end];
            if (text.Length == 0)
            {
                continue;
            }

            var numbers = Numbers(text, modelCodes);
            if (numbers.Count == 0 && !NamesARelation(text))
            {
                continue;
            }

            var overlap = 0;
            for (var i = start; i < end; i++)
            {
                overlap += covered[i] ? 1 : 0;
            }

            var uncovered = numbers
                .Where(n => !Enumerable.Range(start + n.Start, n.End - n.Start).All(i => covered[i]))
                .Select(n => text[n.Start..n.End])
                .ToList();
            var cited = overlap >= Math.Min(MinimumOverlap, text.TrimEnd('.', '!', '?', '…').Length) && uncovered.Count == 0;
            yield return new Sentence(source.Slug, Normalize(text), uncovered, cited);
        }
    }

    /// <summary>
    /// A sentence without what the search engine added to a reference's snippet: its "Missing: …" note (the query words
    /// the page lacks, with "Show results with: …") and its "&lt;|separator|&gt;" marks.
    /// </summary>
    public static string SourceWords(string sentence)
    {
        foreach (var marker in SearchMarkers)
        {
            var at = sentence.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                sentence = sentence[..at];
            }
        }

        return sentence.TrimEnd();
    }

    private static readonly string[] SearchMarkers = ["Missing: ", "<|separator|>"];

    /// <summary>White space collapsed to single spaces, as the exceptions file writes sentences.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[.!?…]+[""'”’)]*\s+(?=[""'“‘(]?[A-Z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"\b(?:cop(?:y|ied)|near-copy|inspired|based on|derived|rebadged|rebranding|successor|succeeded|predecessor|replaced|licen[cs]ed?|owned|owner|ownership|stake|partnership|acquired|sold|renamed|named after|assembled by|built by|produced by|supplied)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relation();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
