using Moskvitch.Graph.Api.Models;
using Moskvitch.Graph.Api.Organizations;
using Moskvitch.Graph.Api.Places;
using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Production;

public sealed class AssemblyGraphType : ObjectGraphType<Assembly>
{
    public AssemblyGraphType()
    {
        Name = "Assembly";
        Description = "Licensed, kit or foreign assembly of a model outside its home plant: who, where, when, from which kits, under which brand.";
        this.AddGlobalId();
        Field<NonNullGraphType<ModelGraphType>>("model").Description("The model assembled.").ResolveRelation(s => s.Model, s => s.ModelId);
        Field<NonNullGraphType<OrganizationGraphType>>("licensee").Description("Who assembled it.").ResolveRelation(s => s.Licensee, s => s.LicenseeId);
        Field<OrganizationGraphType>("kitSupplier").Description("Who supplied the kits.").ResolveRelation(s => s.KitSupplier, s => s.KitSupplierId);
        Field(a => a.Site, nullable: true).Description("The site, as the sources name it.");
        Field<PlaceGraphType>("place").Description("The place of the site.").ResolveRelation(s => s.Place, s => s.PlaceId);
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
