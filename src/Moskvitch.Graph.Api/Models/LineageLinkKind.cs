namespace Moskvitch.Graph.Api.Models;

public enum LineageLinkKind { Influence, Succession, Variant }
