namespace Moskvitch.Graph.Facts;

public enum NegativeFactKind { DidNotHappen, NotExercised, NotConfirmed, NoEvidence }
