using Moskvitch.Graph.Places;

namespace Moskvitch.Graph.Api.Places;

public sealed class PlaceKindGraphType() : DescribedEnumGraphType<PlaceKind>("What kind of place: country, region, city, district, site or street.");
