using GraphQL.Types;
using Moskvitch.Graph.Conventions.Data;

namespace Moskvitch.Graph.Conventions;

/// <summary>
/// A schema over registered entity kinds: each kind's graph type (reachable by a field or not, since connections and
/// <c>node(id:)</c> name them), its filter and sort inputs, and the connection and edge types its fields and the root's
/// declare.
/// </summary>
public abstract class ConventionSchema : Schema
{
    protected ConventionSchema(IServiceProvider services, IObjectGraphType query, EntityKinds kinds)
        : base(services)
    {
        Query = query;
        var types = new List<IComplexGraphType> { query };
        foreach (var kind in kinds.All)
        {
            var type = (IComplexGraphType)services.GetRequiredService(kind.GraphType);
            if (type.Name != kind.Name)
            {
                throw new InvalidOperationException($"The graph type of the entity kind {kind.Name} is named {type.Name}; it must bear its class's name.");
            }

            RegisterType(type);
            types.Add(type);
        }

        foreach (var type in EntityShapes.InputTypes(kinds.All.Select(k => k.ClrType)))
        {
            RegisterType(type);
        }

        foreach (var type in ConnectionTypes.Of(types))
        {
            RegisterType(type);
        }
    }
}
