namespace Moskvitch.Graph.Engines;

public enum Fuel { Petrol, Diesel, Electric }
