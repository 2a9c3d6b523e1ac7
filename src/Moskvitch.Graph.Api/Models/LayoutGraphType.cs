using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class LayoutGraphType() : DescribedEnumGraphType<Layout>("Engine position and driven wheels (FRONT_WHEEL_DRIVE/REAR_WHEEL_DRIVE where the sources do not place the engine).");
