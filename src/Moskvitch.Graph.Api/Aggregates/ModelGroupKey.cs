namespace Moskvitch.Graph.Api.Aggregates;

public enum ModelGroupKey { Decade, YearFrom, Generation, BodyType, Layout, Status, Brand, Maker, Country, Plant }
