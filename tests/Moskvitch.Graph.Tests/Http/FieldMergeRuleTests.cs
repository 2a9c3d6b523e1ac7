using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Conventions;
using Moskvitch.Graph.Tests.Infrastructure;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>
/// The service's field-merging rule gives the spec's verdict: on hand-written cases (the conflicts of the spec's section
/// 5.3.2 over this schema) and on generated documents it agrees with GraphQL.NET's own <c>OverlappingFieldsCanBeMerged</c>.
/// </summary>
public sealed class FieldMergeRuleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Node = "node(id: \"TW9kZWw6MQ==\")";

    public static TheoryData<string, bool> Cases => new()
    {
        // document, whether its fields merge
        { "{ model(slug: \"a\") { name name } }", true },
        { "{ model(slug: \"a\") { name } model(slug: \"a\") { slug } }", true },
        { "{ model(slug: \"a\") { x: name x: slug } }", false },
        { "{ model(slug: \"a\") { id } model(slug: \"b\") { id } }", false },
        { "{ model(slug: \"a\", id: null) { id } model(id: null, slug: \"a\") { id } }", true },
        { "query($s: String) { model(slug: $s) { id } model(slug: \"a\") { id } }", false },
        { "query($s: String, $t: String) { model(slug: $s) { id } model(slug: $t) { id } }", false },
        { "query($s: String) { model(slug: $s) { id } model(slug: $s) { id } }", true },
        { "{ model(slug: \"a\") { x: name } model(slug: \"a\") { x: slug } }", false },
        { "{ model(slug: \"a\") { maker { n: name } } model(slug: \"a\") { maker { n: slug } } }", false },
        { "{ model(slug: \"a\") { maker { name } } model(slug: \"a\") { maker { slug } } }", true },
        { "{ model(slug: \"a\") { ...A ...B } } fragment A on Model { x: name } fragment B on Model { x: slug }", false },
        { "{ model(slug: \"a\") { ...A ...A } } fragment A on Model { x: name }", true },
        { "{ model(slug: \"a\") { ...A x: slug } } fragment A on Model { x: name }", false },
        { $"{{ {Node} {{ ... on Model {{ n: name }} ... on Engine {{ n: designation }} }} }}", true },
        { $"{{ {Node} {{ ... on Model {{ n: name }} ... on Organization {{ n: country }} }} }}", false },
        { $"{{ {Node} {{ ... on Model {{ n: aliases }} ... on Organization {{ n: name }} }} }}", false },
        { $"{{ {Node} {{ ... on Model {{ n: yearFrom }} ... on Engine {{ n: name }} }} }}", false },
        { $"{{ {Node} {{ ... on Model {{ n: yearFrom }} ... on Engine {{ n: cylinders }} }} }}", true },
        { $"{{ {Node} {{ ... on Model {{ m: maker {{ x: name }} }} ... on Engine {{ m: models {{ totalCount }} }} }} }}", true },
        { $"{{ {Node} {{ ... on Model {{ m: parentModel {{ x: name }} }} ... on Event {{ m: model {{ x: slug }} }} }} }}", true },
        { $"{{ {Node} {{ ... on Model {{ m: parentModel {{ x: name }} }} ... on Event {{ m: model {{ x: yearFrom }} }} }} }}", false },
        { $"{{ {Node} {{ ... on Model {{ m: maker {{ x: name }} }} ... on DesignInfluence {{ m: model {{ x: slug }} }} }} }}", false },
        { $"{{ {Node} {{ id ... on Model {{ id }} }} }}", true },
        { $"{{ {Node} {{ x: id ... on Model {{ x: name }} }} }}", false },
        { "{ a: models(first: 1) { nodes { name } } a: models(first: 1) { nodes { slug } } }", true },
        { "{ a: models(first: 1) { nodes { name } } a: models(first: 2) { nodes { name } } }", false },
        { "{ models(where: { name: { eq: \"x\" } }) { totalCount } models(where: { name: { eq: \"x\" } }) { totalCount } }", true },
        { "{ models(where: { name: { eq: \"x\" } }) { totalCount } models(where: { name: { eq: \"y\" } }) { totalCount } }", false },
        { "{ models(order: [{ name: ASC }]) { totalCount } models(order: [{ name: DESC }]) { totalCount } }", false },
        { "{ __typename t: __typename }", true },
        { "{ x: __typename x: __typename }", true },
        { "{ x: __typename x: models { totalCount } }", false },
        { "{ model(slug: \"a\") { ... on Model { ... on Model { x: name } } x: slug } }", false },
        { "query q { model(slug: \"a\") { x: name } } query r { model(slug: \"a\") { x: slug } }", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GivesTheSpecsVerdict(string document, bool merges)
    {
        var (ours, theirs) = await VerdictsAsync(document);
        Assert.Equal(merges, ours.Count == 0);
        Assert.Equal(theirs.Count == 0, ours.Count == 0);
        Assert.All(ours, e => Assert.Equal(ErrorCodes.OverlappingFields, e.Code));
    }

    [Fact]
    public async Task AgreesWithGraphQLNetOnGeneratedDocuments()
    {
        var random = new Random(5302);
        string[] modelLeaves = ["name", "slug", "yearFrom", "code", "id", "__typename"];
        string[] makerLeaves = ["name", "slug", "country", "id", "__typename"];
        string[] aliases = ["a", "b", "name", "slug"];
        string Alias() => random.Next(3) == 0 ? aliases[random.Next(aliases.Length)] + ": " : "";
        string ModelField(int depth) => (depth, random.Next(5)) switch
        {
            ( < 2, 0) => $"{Alias()}maker {{ {Several(() => Alias() + makerLeaves[random.Next(makerLeaves.Length)])} }}",
            ( < 2, 1) => $"{Alias()}parentModel {{ {Several(() => ModelField(depth + 1))} }}",
            ( < 2, 2) => $"... on Model {{ {Several(() => ModelField(depth + 1))} }}",
            _ => Alias() + modelLeaves[random.Next(modelLeaves.Length)],
        };
        string Several(Func<string> field) => string.Join(' ', Enumerable.Range(0, random.Next(1, 5)).Select(_ => field()));
        string Fields(int depth) => Several(() => ModelField(depth));

        var merging = 0;
        for (var i = 0; i < 400; i++)
        {
            var slugs = random.Next(2) == 0 ? ["a", "a"] : new[] { "a", "b" };
            var document = $"{{ m: model(slug: \"{slugs[0]}\") {{ {Fields(0)} }} m: model(slug: \"{slugs[1]}\") {{ {Fields(0)} }} }}";
            var (ours, theirs) = await VerdictsAsync(document);
            Assert.True((theirs.Count == 0) == (ours.Count == 0), $"{document}: ours {ours.Count}, GraphQL.NET {theirs.Count} ({string.Join("; ", theirs.Select(e => e.Message))})");
            merging += ours.Count == 0 ? 1 : 0;
        }

        // Both verdicts occur often enough for the comparison to mean something.
        Assert.InRange(merging, 40, 360);
    }

    private async Task<(IReadOnlyList<ValidationError> Ours, IReadOnlyList<ValidationError> Theirs)> VerdictsAsync(string text)
    {
        var schema = api.Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var document = GraphQLParser.Parser.Parse(text);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().First();
        async Task<IReadOnlyList<ValidationError>> With(IValidationRule rule)
        {
            var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Rules = [rule],
                Operation = operation,
                RequestServices = api.Factory.Services,
                Variables = GraphQL.Inputs.Empty,
            });
            return [.. result.Errors.Cast<ValidationError>()];
        }

        return (await With(new FieldMergeRule(5)), await With(OverlappingFieldsCanBeMerged.Instance));
    }
}
