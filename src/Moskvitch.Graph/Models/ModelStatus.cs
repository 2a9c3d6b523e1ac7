namespace Moskvitch.Graph.Models;

public enum ModelStatus { Produced, Prototype, Planned }
