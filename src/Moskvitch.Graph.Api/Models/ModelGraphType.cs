using Moskvitch.Graph.Api.Organizations;
using Moskvitch.Graph.Engines;
using Moskvitch.Graph.Events;
using Moskvitch.Graph.Models;
using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Models;

public sealed class ModelGraphType : ObjectGraphType<Model>
{
    public ModelGraphType()
    {
        Name = "Model";
        Description = "A car model: a Moskvitch model, variant, prototype or planned model, or a foreign model it drew on. Values the sources disagree on are null here and listed in `claims`.";
        this.AddGlobalId();
        Field(m => m.Slug).Description("A stable, readable key, e.g. `moskvitch-412`.");
        Field(m => m.Code).Description("The factory code, e.g. `412` or `2141`.");
        Field(m => m.Name).Description("The model's name, e.g. `Moskvitch 412`.");
        Field(m => m.Designation, nullable: true).Description("The factory designation as written, e.g. `400-420A`.");
        Field(m => m.Aliases).Description("Other names the sources use for the model.");
        Field(m => m.YearFrom, nullable: true).Description("The year production began; null where the sources give none or disagree.");
        Field(m => m.YearFromEarliest, nullable: true).Description("The earliest year the sources give for `yearFrom`: the value itself when undisputed, the earliest claim when disputed; null when neither. Filter and sort on it to place a disputed year at its earliest claim.");
        Field(m => m.YearFromLatest, nullable: true).Description("The latest year the sources give for `yearFrom`: the value itself when undisputed, the latest claim when disputed; null when neither.");
        Field(m => m.YearTo, nullable: true).Description("The year production ended; null where the sources give none or disagree, or production goes on.");
        Field(m => m.YearToEarliest, nullable: true).Description("The earliest year the sources give for `yearTo`: the value itself when undisputed, the earliest claim when disputed; null when neither. Filter and sort on it to place a disputed year at its earliest claim.");
        Field(m => m.YearToLatest, nullable: true).Description("The latest year the sources give for `yearTo`: the value itself when undisputed, the latest claim when disputed; null when neither.");
        Field(m => m.Generation, nullable: true).Description("The generation the sources place the model in (`first` … `fourth`, `modern`).");
        Field(m => m.Series, nullable: true).Description("The model family, e.g. `400`, `402/403/407`, `408/412`.");
        Field(m => m.BodyType, type: typeof(BodyTypeGraphType)).Description("The body style.");
        Field(m => m.Layout, type: typeof(LayoutGraphType)).Description("Engine position and driven wheels.");
        Field(m => m.Status, type: typeof(NonNullGraphType<ModelStatusGraphType>)).Description("Produced, prototype or planned.");
        Field(m => m.UnitsBuilt, nullable: true).Description("Units built; null where the sources give none or disagree.");
        Field(m => m.UnitsBuiltLowest, nullable: true).Description("The lowest value the sources give for `unitsBuilt`: the value itself when undisputed, the lowest claim when disputed; null when neither.");
        Field(m => m.UnitsBuiltHighest, nullable: true).Description("The highest value the sources give for `unitsBuilt`: the value itself when undisputed, the highest claim when disputed; null when neither.");
        Field(m => m.UnitsBuiltQualifier, type: typeof(QualifierGraphType)).Description("How the source qualifies `unitsBuilt` (about, over, …).");
        Field(m => m.UnitsExported, nullable: true).Description("Units exported.");
        Field(m => m.TopSpeedKmh, nullable: true).Description("Top speed in km/h.");
        Field(m => m.PayloadKg, nullable: true).Description("Payload in kg.");
        Field(m => m.FuelConsumptionMinL100km, nullable: true).Description("Fuel consumption, lower bound, in litres per 100 km.");
        Field(m => m.FuelConsumptionMaxL100km, nullable: true).Description("Fuel consumption, upper bound, in litres per 100 km.");
        Field(m => m.PlannedStartYear, nullable: true).Description("For a planned model: the year production was planned to start.");
        Field(m => m.InProductionAsOf, nullable: true).Description("The latest year a source describes the model as in production (for models with no end year).");
        Field(m => m.Brand, nullable: true).Description("The brand the model was sold under.");
        Field(m => m.IsMoskvitch).Description("True for Moskvitch/Moskvich models; false for the foreign models they drew on or were compared with.");
        Field(m => m.Description, nullable: true).Description("A short description drawn from the sources.");

        Field<OrganizationGraphType>("maker").Description("The maker: MZMA, AZLK … for Moskvitch models; Opel, Ford, … for foreign ones.")
            .ResolveRelation(s => s.Maker, s => s.MakerId);
        Field<ModelGraphType>("parentModel").Description("For a variant: the model it is a variant of.")
            .ResolveRelation(s => s.ParentModel, s => s.ParentModelId);
        this.AddConnection<Model, Model>("variants", "The variants of this model (cabriolets, wagons, vans, …).", m => m.ParentModelId, [DataArguments.By((Model m) => m.YearFrom), DataArguments.By((Model m) => m.Code)]);
        this.AddConnection<Model, Succession>("predecessors", "The models this one succeeded.", s => s.SuccessorId, [DataArguments.By((Succession s) => s.Id)]);
        this.AddConnection<Model, Succession>("successors", "The models that succeeded this one.", s => s.PredecessorId, [DataArguments.By((Succession s) => s.Id)]);
        this.AddConnection<Model, ModelEngine>("engines", "The engines fitted to this model, with the years.", e => e.ModelId, [DataArguments.By((ModelEngine e) => e.YearFrom), DataArguments.By((ModelEngine e) => e.Id)], "ModelEngines");
        this.AddConnection<Model, ModelPlant>("plants", "The plants that built this model, with the years.", p => p.ModelId, [DataArguments.By((ModelPlant p) => p.YearFrom), DataArguments.By((ModelPlant p) => p.Id)]);
        this.AddConnection<Model, DesignInfluence>("influences", "The designs this model drew on (upstream influences).", d => d.ModelId, [DataArguments.By((DesignInfluence d) => d.Id)]);
        this.AddConnection<Model, DesignInfluence>("influenced", "The models that drew on this one (downstream influences).", d => d.SourceModelId, [DataArguments.By((DesignInfluence d) => d.Id)]);
        this.AddConnection<Model, ModelComparison>("comparisons", "Rivals the sources compare this model with.", d => d.ModelId, [DataArguments.By((ModelComparison d) => d.Id)]);
        this.AddConnection<Model, Assembly>("assemblies", "Licensed, kit or foreign assembly of this model.", a => a.ModelId, [DataArguments.By((Assembly a) => a.YearFrom), DataArguments.By((Assembly a) => a.Id)]);
        this.AddConnection<Model, Export>("exports", "Exports of this model.", e => e.ModelId, [DataArguments.By((Export e) => e.YearFrom), DataArguments.By((Export e) => e.Id)]);
        this.AddConnection<Model, Figure>("figures", "Figures (production, sales, …) for this model.", f => f.ModelId, [DataArguments.By((Figure f) => f.Year), DataArguments.By((Figure f) => f.Id)]);
        this.AddConnection<Model, Event>("events", "Events concerning this model.", e => e.ModelId, [DataArguments.By((Event e) => e.Year), DataArguments.By((Event e) => e.OccurredOn), DataArguments.By((Event e) => e.Id)]);
        this.AddFactFields(SubjectKind.Model);
    }
}
