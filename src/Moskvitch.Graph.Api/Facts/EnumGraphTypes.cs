using GraphQL.Types;
using Moskvitch.Graph.Facts;

namespace Moskvitch.Graph.Api.Facts;

/// <summary>An enum type named after its CLR enum, with a description.</summary>
public abstract class DescribedEnumGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    protected DescribedEnumGraphType(string description) => Description = description;
}

public sealed class SourceKindGraphType() : DescribedEnumGraphType<SourceKind>("What a source is: a seed document, a numbered reference of one, or the project's design card.");
public sealed class PlaceKindGraphType() : DescribedEnumGraphType<PlaceKind>("What kind of place: country, region, city, district, site or street.");
public sealed class OrganizationKindGraphType() : DescribedEnumGraphType<OrganizationKind>("What kind of organization.");
public sealed class BodyTypeGraphType() : DescribedEnumGraphType<BodyType>("The body style of a model.");
public sealed class LayoutGraphType() : DescribedEnumGraphType<Layout>("Engine position and driven wheels (FRONT_WHEEL_DRIVE/REAR_WHEEL_DRIVE where the sources do not place the engine).");
public sealed class ModelStatusGraphType() : DescribedEnumGraphType<ModelStatus>("Whether a model was produced, stayed a prototype, or is planned.");
public sealed class QualifierGraphType() : DescribedEnumGraphType<Qualifier>("How a source qualifies a number: about, over, under, up to, nearly.");
public sealed class FuelGraphType() : DescribedEnumGraphType<Fuel>("What an engine runs on.");
public sealed class AspirationGraphType() : DescribedEnumGraphType<Aspiration>("How an engine takes in air.");
public sealed class EventKindGraphType() : DescribedEnumGraphType<EventKind>("What kind of event.");
public sealed class DatePrecisionGraphType() : DescribedEnumGraphType<DatePrecision>("How precisely the sources date an event: to the day, the month or the year.");
public sealed class PlantRoleGraphType() : DescribedEnumGraphType<PlantRole>("A plant's part in building a model: its main plant, a licensed plant, or a plant building it in parallel.");
public sealed class InfluenceAspectGraphType() : DescribedEnumGraphType<InfluenceAspect>("What part of a design an influence concerns.");
public sealed class InfluenceKindGraphType() : DescribedEnumGraphType<InfluenceKind>("How a design drew on another: a copy from captured tooling, a licence, a clone, inspiration, a rebadge…");
public sealed class KitGraphType() : DescribedEnumGraphType<Kit>("Kit assembly: complete knock-down (CKD) or semi knock-down (SKD).");
public sealed class OwnershipRoleGraphType() : DescribedEnumGraphType<OwnershipRole>("The part an organization played: owner, operator, shareholder or partner.");
public sealed class OwnershipStartGraphType() : DescribedEnumGraphType<OwnershipStart>("How an ownership or operation began.");
public sealed class OwnershipEndGraphType() : DescribedEnumGraphType<OwnershipEnd>("How an ownership or operation ended.");
public sealed class MetricGraphType() : DescribedEnumGraphType<Metric>("What a figure measures.");
public sealed class UnitGraphType() : DescribedEnumGraphType<Unit>("The unit of a figure.");
public sealed class ExportStatusGraphType() : DescribedEnumGraphType<ExportStatus>("Whether an export happened, was attempted, or is proposed.");
public sealed class SubjectKindGraphType() : DescribedEnumGraphType<SubjectKind>("The kind of fact a claim is about.");
