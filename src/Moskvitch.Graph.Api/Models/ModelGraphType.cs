using GraphQL.Types;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class ModelGraphType : ObjectGraphType<Model>
{
    public ModelGraphType()
    {
        Name = "Model";
        Description = "A car model: a Moskvitch model, variant, prototype or planned model, or a foreign model it drew on.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The global id of the model (base64 of `Model:<key>`).")
            .Resolve(c => GlobalId.Encode("Model", c.Source.Id));
        Field(m => m.Slug).Description("A stable, readable key, e.g. `moskvitch-412`.");
        Field(m => m.Code).Description("The factory code, e.g. `412` or `2141`.");
        Field(m => m.Name).Description("The model's name, e.g. `Moskvitch 412`.");
        Field(m => m.YearFrom, nullable: true).Description("The year production began; null where the sources give none or disagree.");
        Field(m => m.YearTo, nullable: true).Description("The year production ended; null where the sources give none or disagree, or still in production.");
    }
}
