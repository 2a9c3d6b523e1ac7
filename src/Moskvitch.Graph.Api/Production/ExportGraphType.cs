using Moskvitch.Graph.Api.Models;
using Moskvitch.Graph.Api.Places;
using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Production;

public sealed class ExportGraphType : ObjectGraphType<Export>
{
    public ExportGraphType()
    {
        Name = "Export";
        Description = "Exports of a model (or of the plant in general) to a destination over a period.";
        this.AddGlobalId();
        Field<ModelGraphType>("model").Description("The model exported; null for the plant's exports in general.").ResolveRelation(s => s.Model, s => s.ModelId);
        Field(e => e.Destination).Description("The destination as the sources name it (a country, a region or a bloc).");
        Field<PlaceGraphType>("destinationPlace").Description("The destination as a place, where it is one.").ResolveRelation(s => s.DestinationPlace, s => s.DestinationPlaceId);
        Field(e => e.MarketName, nullable: true).Description("The name the model was sold under there.");
        Field(e => e.Status, type: typeof(NonNullGraphType<ExportStatusGraphType>)).Description("Exported, attempted or proposed.");
        Field(e => e.YearFrom, nullable: true).Description("First year.");
        Field(e => e.YearTo, nullable: true).Description("Last year.");
        Field(e => e.YearToEarliest, nullable: true).Description("The earliest year the sources give for `yearTo`: the value itself when undisputed, the earliest claim when disputed; null when neither. Filter and sort on it to place a disputed year at its earliest claim.");
        Field(e => e.YearToLatest, nullable: true).Description("The latest year the sources give for `yearTo`: the value itself when undisputed, the latest claim when disputed; null when neither.");
        Field(e => e.Units, nullable: true).Description("Units exported.");
        Field(e => e.UnitsQualifier, type: typeof(QualifierGraphType)).Description("How the source qualifies `units`.");
        Field(e => e.SharePercent, nullable: true).Description("Share of output exported, in percent.");
        Field(e => e.SharePercentLowest, nullable: true).Description("The lowest value the sources give for `sharePercent`: the value itself when undisputed, the lowest claim when disputed; null when neither.");
        Field(e => e.SharePercentHighest, nullable: true).Description("The highest value the sources give for `sharePercent`: the value itself when undisputed, the highest claim when disputed; null when neither.");
        Field(e => e.Note, nullable: true).Description("A note from the sources.");
        this.AddFactFields(SubjectKind.Export);
    }
}
