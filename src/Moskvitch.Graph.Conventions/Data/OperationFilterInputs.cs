using GraphQL.Types;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// HotChocolate's per-scalar filter operation inputs, with its names and operators
/// (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, …), plus the case-insensitive string
/// operators <c>ieq</c>, <c>icontains</c>, <c>istartsWith</c>, <c>iendsWith</c>.
/// </summary>
public static class OperationFilterInputs
{
    public static readonly string[] ComparableOperations = ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];
    public static readonly string[] StringOperations =
        ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith", "ieq", "icontains", "istartsWith", "iendsWith"];

    public static InputObjectGraphType StringInput() => Build("StringOperationFilterInput", "Conditions on a String (case-sensitive, plus the `i…` case-insensitive operators). User text is always literal.", "String", withLogic: true, StringOperations);

    public static InputObjectGraphType Comparable(string name, string scalar) =>
        Build(name, $"Conditions on a {scalar}.", scalar, withLogic: false, ComparableOperations);

    public static InputObjectGraphType BooleanInput() => Build("BooleanOperationFilterInput", "Conditions on a Boolean.", "Boolean", withLogic: false, ["eq", "neq"]);

    public static InputObjectGraphType IdInput() => Build("IdOperationFilterInput", "Conditions on a global id.", "ID", withLogic: false, ["eq", "neq", "in", "nin"]);

    public static InputObjectGraphType EnumInput(string enumName) =>
        Build(enumName + "OperationFilterInput", $"Conditions on a {enumName}.", enumName, withLogic: false, ["eq", "neq", "in", "nin"], nonNullItems: true);

    /// <summary><c>ListStringOperationFilterInput</c>: conditions on a list of strings.</summary>
    public static InputObjectGraphType StringList()
    {
        var type = new InputObjectGraphType { Name = "ListStringOperationFilterInput", Description = "Conditions on a list of strings." };
        Add(type, "all", new GraphQLTypeReference("StringOperationFilterInput"), "Every element matches.");
        Add(type, "none", new GraphQLTypeReference("StringOperationFilterInput"), "No element matches.");
        Add(type, "some", new GraphQLTypeReference("StringOperationFilterInput"), "At least one element matches.");
        Add(type, "any", new GraphQLTypeReference("Boolean"), "The list is non-empty (true) or empty (false).");
        return type;
    }

    private static InputObjectGraphType Build(string name, string description, string scalar, bool withLogic, string[] operations, bool nonNullItems = false)
    {
        var type = new InputObjectGraphType { Name = name, Description = description };
        if (withLogic)
        {
            Add(type, "and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))), "All of these conditions hold.");
            Add(type, "or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))), "At least one of these conditions holds.");
        }

        foreach (var op in operations)
        {
            IGraphType operand = op is "in" or "nin"
                ? new ListGraphType(nonNullItems ? new NonNullGraphType(new GraphQLTypeReference(scalar)) : new GraphQLTypeReference(scalar))
                : new GraphQLTypeReference(scalar);
            Add(type, op, operand, Describe(op));
        }

        return type;
    }

    private static void Add(InputObjectGraphType type, string name, IGraphType resolved, string description) =>
        type.AddField(new FieldType { Name = name, ResolvedType = resolved, Description = description });

    private static string Describe(string op) => op switch
    {
        "eq" => "Equals (`null` tests for null).",
        "neq" => "Does not equal (`null` tests for not null).",
        "in" => "Is one of these values.",
        "nin" => "Is none of these values.",
        "gt" => "Greater than.",
        "ngt" => "Not greater than.",
        "gte" => "Greater than or equal.",
        "ngte" => "Not greater than or equal.",
        "lt" => "Less than.",
        "nlt" => "Not less than.",
        "lte" => "Less than or equal.",
        "nlte" => "Not less than or equal.",
        "contains" => "Contains the text (case-sensitive).",
        "ncontains" => "Does not contain the text (case-sensitive).",
        "startsWith" => "Starts with the text (case-sensitive).",
        "nstartsWith" => "Does not start with the text (case-sensitive).",
        "endsWith" => "Ends with the text (case-sensitive).",
        "nendsWith" => "Does not end with the text (case-sensitive).",
        "ieq" => "Equals, ignoring case.",
        "icontains" => "Contains the text, ignoring case.",
        "istartsWith" => "Starts with the text, ignoring case.",
        "iendsWith" => "Ends with the text, ignoring case.",
        _ => op,
    };
}
