using System.Reflection;
using GraphQL.Types;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// The entities that get HotChocolate-style <c>{Type}FilterInput</c> and <c>{Type}SortInput</c> types, derived from
/// their CLR properties as HotChocolate derives them: scalars and enums get operation inputs, references to other
/// entities nest, collections of entities get list filters; foreign-key ids are left out (filter through the
/// reference instead), and <c>Id</c> filters by global id.
/// </summary>
public static class EntityShapes
{
    /// <summary>An entity's GraphQL name: its class's name.</summary>
    public static string NameOf(Type entity) => entity.Name;

    private static readonly Dictionary<Type, string> ScalarNames = new()
    {
        [typeof(string)] = "String",
        [typeof(int)] = "Int",
        [typeof(long)] = "Long",
        [typeof(decimal)] = "Decimal",
        [typeof(bool)] = "Boolean",
        [typeof(DateOnly)] = "LocalDate",
    };

    private static readonly Dictionary<Type, IReadOnlyList<EntityMember>> Cache = [];
    private static readonly Lock CacheLock = new();

    public static IReadOnlyList<EntityMember> MembersOf(Type entity)
    {
        lock (CacheLock)
        {
            if (!Cache.TryGetValue(entity, out var members))
            {
                members = [.. Discover(entity)];
                Cache[entity] = members;
            }

            return members;
        }
    }

    private static IEnumerable<EntityMember> Discover(Type entity)
    {
        var properties = entity.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var names = properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var p in properties)
        {
            var name = char.ToLowerInvariant(p.Name[0]) + p.Name[1..];
            var type = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            if (p.Name == "Id")
            {
                yield return new EntityMember("id", p, MemberKind.Id, "ID", null);
            }
            else if (p.Name.EndsWith("Id", StringComparison.Ordinal) && type == typeof(int) && names.Contains(p.Name[..^2]))
            {
                // A foreign key: its reference is filterable instead.
            }
            else if (type.IsEnum)
            {
                yield return new EntityMember(name, p, MemberKind.Enum, type.Name, type);
            }
            else if (ScalarNames.TryGetValue(type, out var scalar))
            {
                yield return new EntityMember(name, p, MemberKind.Scalar, scalar, type);
            }
            else if (type == typeof(List<string>))
            {
                yield return new EntityMember(name, p, MemberKind.StringList, "String", typeof(string));
            }
            else if (EntityKey.IsEntity(type))
            {
                yield return new EntityMember(name, p, MemberKind.Reference, NameOf(type), type);
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) && EntityKey.IsEntity(type.GetGenericArguments()[0]))
            {
                yield return new EntityMember(name, p, MemberKind.Collection, NameOf(type.GetGenericArguments()[0]), type.GetGenericArguments()[0]);
            }
        }
    }

    /// <summary>Every filter and sort input type of the <paramref name="entities"/>, for registration in the schema.</summary>
    public static IEnumerable<IGraphType> InputTypes(IEnumerable<Type> entities)
    {
        var kinds = entities.Select(e => (Entity: e, Name: NameOf(e), Members: MembersOf(e))).ToList();
        var used = kinds.SelectMany(k => k.Members).ToList();
        bool Uses(MemberKind kind, string? operand = null) => used.Any(m => m.Kind == kind && (operand is null || m.OperandType == operand));

        // Only the operation inputs some member needs, so that no scalar is named that the schema does not have.
        yield return OperationFilterInputs.IdInput();
        if (Uses(MemberKind.Scalar, "String"))
        {
            yield return OperationFilterInputs.StringInput();
        }

        foreach (var (name, scalar) in new[] { ("IntOperationFilterInput", "Int"), ("LongOperationFilterInput", "Long"), ("DecimalOperationFilterInput", "Decimal"), ("LocalDateOperationFilterInput", "LocalDate") })
        {
            if (Uses(MemberKind.Scalar, scalar))
            {
                yield return OperationFilterInputs.Comparable(name, scalar);
            }
        }

        if (Uses(MemberKind.Scalar, "Boolean"))
        {
            yield return OperationFilterInputs.BooleanInput();
        }

        if (Uses(MemberKind.StringList))
        {
            yield return OperationFilterInputs.StringList();
        }

        yield return SortEnumType();

        var enums = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, name, members) in kinds)
        {
            foreach (var m in members.Where(m => m.Kind == MemberKind.Enum && enums.Add(m.OperandType)))
            {
                yield return OperationFilterInputs.EnumInput(m.OperandType);
            }

            yield return FilterInput(name, members);
            yield return ListFilterInput(name);
            yield return SortInput(name, members);
        }
    }

    public static string FilterInputName(string typeName) => typeName + "FilterInput";

    public static string SortInputName(string typeName) => typeName + "SortInput";

    private static InputObjectGraphType FilterInput(string name, IReadOnlyList<EntityMember> members)
    {
        var type = new InputObjectGraphType { Name = FilterInputName(name), Description = $"Conditions on a {name}; the fields of one object are combined with AND." };
        Add(type, "and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(type.Name))), "All of these conditions hold.");
        Add(type, "or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(type.Name))), "At least one of these conditions holds.");
        foreach (var m in members)
        {
            var (operand, description) = m.Kind switch
            {
                MemberKind.Id => ("IdOperationFilterInput", "Conditions on the global id."),
                MemberKind.Scalar => (m.OperandType + "OperationFilterInput", $"Conditions on `{m.Name}`."),
                MemberKind.Enum => (m.OperandType + "OperationFilterInput", $"Conditions on `{m.Name}`."),
                MemberKind.StringList => ("ListStringOperationFilterInput", $"Conditions on the elements of `{m.Name}`."),
                MemberKind.Reference => (FilterInputName(m.OperandType), $"Conditions on `{m.Name}` (no match when it is null)."),
                _ => ("ListFilterInputTypeOf" + FilterInputName(m.OperandType), $"Conditions on the elements of `{m.Name}`."),
            };
            Add(type, m.Name, new GraphQLTypeReference(operand), description);
        }

        return type;
    }

    private static InputObjectGraphType ListFilterInput(string name)
    {
        var element = FilterInputName(name);
        var type = new InputObjectGraphType { Name = "ListFilterInputTypeOf" + element, Description = $"Conditions on a list of {name}." };
        Add(type, "all", new GraphQLTypeReference(element), "Every element matches.");
        Add(type, "none", new GraphQLTypeReference(element), "No element matches.");
        Add(type, "some", new GraphQLTypeReference(element), "At least one element matches.");
        Add(type, "any", new GraphQLTypeReference("Boolean"), "The list is non-empty (true) or empty (false).");
        return type;
    }

    private static InputObjectGraphType SortInput(string name, IReadOnlyList<EntityMember> members)
    {
        var type = new InputObjectGraphType { Name = SortInputName(name), Description = $"Sort order for {name}: one field per object is recommended; list several objects for several keys." };
        foreach (var m in members)
        {
            if (m.Kind is MemberKind.Id or MemberKind.Scalar or MemberKind.Enum)
            {
                Add(type, m.Name, new GraphQLTypeReference("SortEnumType"), $"Sort by `{m.Name}`.");
            }
            else if (m.Kind == MemberKind.Reference)
            {
                Add(type, m.Name, new GraphQLTypeReference(SortInputName(m.OperandType)), $"Sort by fields of `{m.Name}`.");
            }
        }

        return type;
    }

    private static EnumerationGraphType SortEnumType()
    {
        var type = new EnumerationGraphType { Name = "SortEnumType", Description = "Sort direction." };
        type.Add("ASC", "ASC", "Ascending (nulls last).");
        type.Add("DESC", "DESC", "Descending (nulls first).");
        return type;
    }

    private static void Add(InputObjectGraphType type, string name, IGraphType resolved, string description) =>
        type.AddField(new FieldType { Name = name, ResolvedType = resolved, Description = description });
}
