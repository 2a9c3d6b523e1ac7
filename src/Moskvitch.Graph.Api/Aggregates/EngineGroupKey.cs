namespace Moskvitch.Graph.Api.Aggregates;

public enum EngineGroupKey { Fuel, Aspiration, Cylinders, CylinderLayout }
