using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Moskvitch.Graph.Conventions;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>The cost rules on a small schema of their own, with a connection field and a nested one.</summary>
public sealed class CostAnalysisTests
{
    private static readonly GraphQLLimits Limits = new();

    private static readonly ISchema SmallSchema = CreateSchema();

    [Theory]
    // items (resolver, 10) + nodes (1) + 5 × name (0); types: the connection + 5 items.
    [InlineData("{ items(first: 5) { nodes { name } } }", 11, 6)]
    [InlineData("{ items(last: 3) { edges { node { name } } } }", 10 + 1 + (3 * 1), 1 + (3 * 2))]
    // Neither first nor last: the maximum page size, 50.
    [InlineData("{ items { nodes { name } } }", 11, 51)]
    // totalCount is a scalar: 0, as in HotChocolate.
    [InlineData("{ items(first: 2) { totalCount } }", 10, 1)]
    // A resolver per item: 50 × (parent 10).
    [InlineData("{ items(first: 50) { nodes { parent { name } } } }", 10 + 1 + (50 * 10), 1 + (50 * 2))]
    // Filter argument 10 + contains 20 + eq 10; order 10 + one sort field 10.
    [InlineData("""{ items(first: 1, where: { name: { contains: "a" }, rank: { eq: 1 } }, order: [{ name: ASC }]) { nodes { name } } }""", 11 + 40 + 20, 2)]
    // A plain list without a size: the assumed list size, 10.
    [InlineData("{ tags { label } }", 10, 10)]
    // Introspection is not charged (it has its own depth rule).
    [InlineData("{ __typename __schema { types { name fields { name } } } }", 0, 0)]
    // Fragments count where they are spread.
    [InlineData("{ items(first: 4) { ...page } } fragment page on ItemsConnection { nodes { parent { name } } }", 10 + 1 + (4 * 10), 1 + (4 * 2))]
    public async Task FieldAndTypeCostsCountResolversPageSizesFiltersAndFragments(string query, double fieldCost, double typeCost)
    {
        var (cost, errors) = await AnalyzeAsync(query);
        Assert.Null(errors);
        Assert.Equal(new OperationCost(fieldCost, typeCost), cost);
    }

    [Fact]
    public async Task PageSizesComeFromVariablesToo()
    {
        var (cost, _) = await AnalyzeAsync("query($n: Int) { items(first: $n) { nodes { parent { name } } } }", new Inputs(new Dictionary<string, object?> { ["n"] = 7 }));
        Assert.Equal(new OperationCost(10 + 1 + (7 * 10), 1 + (7 * 2)), cost);
    }

    [Fact]
    public async Task ANestedFanOutIsOverTheFieldBudget()
    {
        var (cost, errors) = await AnalyzeAsync("{ items(first: 50) { nodes { children(first: 50) { nodes { parent { name } } } } } }");
        // 10 + 1 + 50 × (children 10 + nodes 1 + 50 × parent 10)
        Assert.Equal(10 + 1 + (50 * (10 + 1 + (50 * 10))), cost!.FieldCost);
        var error = Assert.Single(errors!);
        Assert.Equal("HC0047", error.Code);
        Assert.Equal("The maximum allowed field cost was exceeded.", error.Message);
    }

    [Fact]
    public async Task AFragmentBombIsCountedOncePerFragment()
    {
        // Each fragment spreads the next one twice at the same level: 2^12 paths, counted in linear time.
        var fragments = string.Join('\n', Enumerable.Range(0, 12).Select(i =>
            $"fragment f{i} on Item {{ a{i}: parent {{ ...f{i + 1} }} b{i}: parent {{ ...f{i + 1} }} }}"));
        var query = "{ items(first: 1) { nodes { ...f0 } } }\n" + fragments + "\nfragment f12 on Item { name }";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (cost, errors) = await AnalyzeAsync(query);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"{clock.ElapsedMilliseconds} ms");
        // Every path is still paid for: items 10 + nodes 1 + f0, where f12 = 0 and fi = 2 × (parent 10 + fi+1).
        Assert.Equal(10 + 1 + (20 * ((1 << 12) - 1)), cost!.FieldCost);
        Assert.Contains(errors!, e => e.Code == "HC0047");
    }

    private static async Task<(OperationCost? Cost, ExecutionErrors? Errors)> AnalyzeAsync(string query, Inputs? variables = null)
    {
        var userContext = new Dictionary<string, object?> { [CostRule.ModeKey] = "validate" };
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = SmallSchema,
            Query = query,
            Variables = variables,
            UserContext = userContext,
            ValidationRules = DocumentValidator.CoreRules.Append(new CostRule(Limits)),
        });
        var errors = result.Errors?.Where(e => e.Code != ErrorCodes.CostValidateOnly).ToList();
        ExecutionErrors? kept = null;
        if (errors is { Count: > 0 })
        {
            kept = [];
            foreach (var e in errors)
            {
                kept.Add(e);
            }
        }

        Assert.False(result.Executed);
        return (userContext.TryGetValue(CostRule.CostKey, out var cost) ? (OperationCost?)cost : null, kept);
    }

    private static ISchema CreateSchema()
    {
        var item = new ObjectGraphType { Name = "Item" };
        var connection = new ObjectGraphType { Name = "ItemsConnection" };
        var edge = new ObjectGraphType { Name = "ItemsEdge" };
        var tag = new ObjectGraphType { Name = "Tag" };
        var filter = new InputObjectGraphType { Name = "ItemFilterInput" };
        var stringOps = new InputObjectGraphType { Name = "StringOperationFilterInput" };
        stringOps.Field<StringGraphType>("eq");
        stringOps.Field<StringGraphType>("contains");
        var intOps = new InputObjectGraphType { Name = "IntOperationFilterInput" };
        intOps.Field<IntGraphType>("eq");
        filter.Field("name", stringOps);
        filter.Field("rank", intOps);
        var sort = new InputObjectGraphType { Name = "ItemSortInput" };
        sort.Field<SortEnumType>("name");

        item.Field<StringGraphType>("name").Resolve(_ => "x");
        item.Field("parent", item).Resolve(_ => null);
        ConnectionField(item.Field("children", connection));
        edge.Field<StringGraphType>("cursor");
        edge.Field("node", item);
        connection.Field("nodes", new ListGraphType(item));
        connection.Field("edges", new ListGraphType(edge));
        connection.Field<IntGraphType>("totalCount");
        tag.Field<StringGraphType>("label");

        var query = new ObjectGraphType { Name = "Query" };
        ConnectionField(query.Field("items", connection))
            .Argument(filter, "where")
            .Argument(new ListGraphType(new NonNullGraphType(sort)), "order");
        query.Field("tags", new ListGraphType(tag)).Resolve(_ => Array.Empty<object>());
        return new GraphQL.Types.Schema { Query = query };
    }

    private static GraphQL.Builders.FieldBuilder<object?, object> ConnectionField(GraphQL.Builders.FieldBuilder<object?, object> field) =>
        field.Argument<IntGraphType>("first").Argument<IntGraphType>("last").Resolve(_ => null);

    private sealed class SortEnumType : EnumerationGraphType
    {
        public SortEnumType()
        {
            Name = "SortEnumType";
            Add("ASC", 0);
            Add("DESC", 1);
        }
    }
}
