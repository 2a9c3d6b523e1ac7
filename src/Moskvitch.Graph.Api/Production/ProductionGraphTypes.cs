using GraphQL.Types;
using Moskvitch.Graph.Api.Facts;
using Moskvitch.Graph.Api.Models;
using Moskvitch.Graph.Api.Organizations;
using Moskvitch.Graph.Api.Places;
using Moskvitch.Graph.Conventions;
using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Production;

public sealed class AssemblyGraphType : ObjectGraphType<Assembly>
{
    public AssemblyGraphType()
    {
        Name = "Assembly";
        Description = "Licensed, kit or foreign assembly of a model outside its home plant: who, where, when, from which kits, under which brand.";
        this.AddGlobalId();
        Field<NonNullGraphType<ModelGraphType>>("model").Description("The model assembled.").Resolve(c => c.LoadById(c.Source.Model, c.Source.ModelId));
        Field<NonNullGraphType<OrganizationGraphType>>("licensee").Description("Who assembled it.").Resolve(c => c.LoadById(c.Source.Licensee, c.Source.LicenseeId));
        Field<OrganizationGraphType>("kitSupplier").Description("Who supplied the kits.").Resolve(c => c.LoadById(c.Source.KitSupplier, c.Source.KitSupplierId));
        Field(a => a.Site, nullable: true).Description("The site, as the sources name it.");
        Field<PlaceGraphType>("place").Description("The place of the site.").Resolve(c => c.LoadById(c.Source.Place, c.Source.PlaceId));
        Field(a => a.Country, nullable: true).Description("The country.");
        Field(a => a.YearFrom, nullable: true).Description("First year of assembly.");
        Field(a => a.YearTo, nullable: true).Description("Last year of assembly.");
        Field(a => a.Period, nullable: true).Description("The period as the sources state it when they give no years (e.g. `1960s and 1970s`).");
        Field(a => a.Kit, type: typeof(KitGraphType)).Description("CKD or SKD kits.");
        Field(a => a.LocalBrand, nullable: true).Description("The brand it was sold under there (e.g. Rila, Scaldia).");
        Field(a => a.LocalChanges, nullable: true).Description("Local changes (e.g. diesel engines).");
        Field(a => a.Units, nullable: true).Description("Units assembled.");
        Field(a => a.UnitsQualifier, type: typeof(QualifierGraphType)).Description("How the source qualifies `units`.");
        Field(a => a.VolumeNote, nullable: true).Description("Volumes as the sources describe them.");
        Field(a => a.Note, nullable: true).Description("A note from the sources.");
        this.AddFactFields(SubjectKind.Assembly);
    }
}

public sealed class FigureGraphType : ObjectGraphType<Figure>
{
    public FigureGraphType()
    {
        Name = "Figure";
        Description = "A figure for a year or period (production, sales, revenue, employees, …) of a model, an organization or a market.";
        this.AddGlobalId();
        Field(f => f.Metric, type: typeof(NonNullGraphType<MetricGraphType>)).Description("What the figure measures.");
        Field(f => f.Year, nullable: true).Description("The year.");
        Field(f => f.Period, nullable: true).Description("The period within or across years, e.g. `H1`, `June`, `cumulative`.");
        Field(f => f.Value).Description("The value as stated.");
        Field(f => f.Unit, type: typeof(NonNullGraphType<UnitGraphType>)).Description("The unit.");
        Field(f => f.Qualifier, type: typeof(QualifierGraphType)).Description("How the source qualifies the value (about, over, …).");
        Field(f => f.Note, nullable: true).Description("A note from the sources.");
        Field<ModelGraphType>("model").Description("The model it is for.").Resolve(c => c.LoadById(c.Source.Model, c.Source.ModelId));
        Field<OrganizationGraphType>("organization").Description("The organization it is for.").Resolve(c => c.LoadById(c.Source.Organization, c.Source.OrganizationId));
        Field<PlaceGraphType>("place").Description("The market it is for.").Resolve(c => c.LoadById(c.Source.Place, c.Source.PlaceId));
        this.AddFactFields(SubjectKind.Figure);
    }
}

public sealed class ExportGraphType : ObjectGraphType<Export>
{
    public ExportGraphType()
    {
        Name = "Export";
        Description = "Exports of a model (or of the plant in general) to a destination over a period.";
        this.AddGlobalId();
        Field<ModelGraphType>("model").Description("The model exported; null for the plant's exports in general.").Resolve(c => c.LoadById(c.Source.Model, c.Source.ModelId));
        Field(e => e.Destination).Description("The destination as the sources name it (a country, a region or a bloc).");
        Field<PlaceGraphType>("destinationPlace").Description("The destination as a place, where it is one.").Resolve(c => c.LoadById(c.Source.DestinationPlace, c.Source.DestinationPlaceId));
        Field(e => e.MarketName, nullable: true).Description("The name the model was sold under there.");
        Field(e => e.Status, type: typeof(NonNullGraphType<ExportStatusGraphType>)).Description("Exported, attempted or proposed.");
        Field(e => e.YearFrom, nullable: true).Description("First year.");
        Field(e => e.YearTo, nullable: true).Description("Last year.");
        Field(e => e.Units, nullable: true).Description("Units exported.");
        Field(e => e.UnitsQualifier, type: typeof(QualifierGraphType)).Description("How the source qualifies `units`.");
        Field(e => e.SharePercent, nullable: true).Description("Share of output exported, in percent.");
        Field(e => e.Note, nullable: true).Description("A note from the sources.");
        this.AddFactFields(SubjectKind.Export);
    }
}
