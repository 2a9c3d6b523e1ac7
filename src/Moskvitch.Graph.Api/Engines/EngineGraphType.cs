using Moskvitch.Graph.Engines;

namespace Moskvitch.Graph.Api.Engines;

public sealed class EngineGraphType : ObjectGraphType<Engine>
{
    public EngineGraphType()
    {
        Name = "Engine";
        Description = "An engine or electric motor fitted to one or more models. Values the sources disagree on are null here and listed in `claims`.";
        this.AddGlobalId();
        Field(e => e.Slug).Description("A stable, readable key.");
        Field(e => e.Name).Description("The engine's name: its designation as the sources give it.");
        Field(e => e.Designation).Description("The engine's designation or description as the sources give it.");
        Field(e => e.DisplacementCc, nullable: true).Description("Displacement in cc.");
        Field(e => e.DisplacementCcLowest, nullable: true).Description("The lowest value the sources give for `displacementCc`: the value itself when undisputed, the lowest claim when disputed; null when neither.");
        Field(e => e.DisplacementCcHighest, nullable: true).Description("The highest value the sources give for `displacementCc`: the value itself when undisputed, the highest claim when disputed; null when neither.");
        Field(e => e.Cylinders, nullable: true).Description("Number of cylinders.");
        Field(e => e.CylinderLayout, nullable: true).Description("Cylinder layout, e.g. `inline`.");
        Field(e => e.Valvetrain, nullable: true).Description("Valvetrain, e.g. `flathead`.");
        Field(e => e.PowerHp, nullable: true).Description("Power in horsepower (the lower rating where the sources give a range).");
        Field(e => e.PowerHpLowest, nullable: true).Description("The lowest value the sources give for `powerHp`: the value itself when undisputed, the lowest claim when disputed; null when neither.");
        Field(e => e.PowerHpHighest, nullable: true).Description("The highest value the sources give for `powerHp`: the value itself when undisputed, the highest claim when disputed; null when neither.");
        Field(e => e.PowerHpMax, nullable: true).Description("The upper end of the power range in horsepower, where the sources give a range.");
        Field(e => e.PowerKw, nullable: true).Description("Power in kilowatts.");
        Field(e => e.Fuel, type: typeof(FuelGraphType)).Description("What it runs on.");
        Field(e => e.Aspiration, type: typeof(AspirationGraphType)).Description("Naturally aspirated or turbocharged.");
        Field(e => e.FuelSystem, nullable: true).Description("Fuel system, e.g. `carburettor`.");
        Field(e => e.CompressionRatio, nullable: true).Description("Compression ratio (x:1).");
        Field(e => e.Note, nullable: true).Description("A note from the sources.");
        this.AddConnection<Engine, ModelEngine>("models", "The models fitted with this engine, with the years.", e => e.EngineId, [DataArguments.By((ModelEngine e) => e.YearFrom), DataArguments.By((ModelEngine e) => e.Id)], "EngineModels");
        this.AddFactFields(SubjectKind.Engine);
    }
}
