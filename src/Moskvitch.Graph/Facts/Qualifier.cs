namespace Moskvitch.Graph.Facts;

public enum Qualifier { About, Over, Under, UpTo, Nearly }
