namespace Moskvitch.Graph.Engines;

public enum Aspiration { NaturallyAspirated, Turbocharged }
