namespace Moskvitch.Graph.Facts;

public enum SourceKind { SeedDocument, Reference, DesignCard }
