namespace Moskvitch.Graph.Organizations;

public enum OwnershipRole { Owner, Operator, Shareholder, Partner }
