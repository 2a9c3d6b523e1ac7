namespace Moskvitch.Graph.Conventions;

/// <summary>An operation's estimated cost, in HotChocolate's two measures (IBM's GraphQL cost specification).</summary>
public sealed record OperationCost(double FieldCost, double TypeCost);
