namespace Moskvitch.Graph.Models;

public enum SuccessionLevel { Model, Series, Generation }
