namespace Moskvitch.Graph.Api.Models;

public enum LineageDirection { Upstream, Downstream, Both }
