namespace Moskvitch.Graph.Api.Facts;

/// <summary>An enum type named after its CLR enum, with a description.</summary>
public abstract class DescribedEnumGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    protected DescribedEnumGraphType(string description) => Description = description;
}
