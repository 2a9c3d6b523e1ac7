using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Production;

public sealed class KitGraphType() : DescribedEnumGraphType<Kit>("Kit assembly: complete knock-down (CKD) or semi knock-down (SKD).");
