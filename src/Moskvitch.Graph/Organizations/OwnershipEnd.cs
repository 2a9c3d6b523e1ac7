namespace Moskvitch.Graph.Organizations;

public enum OwnershipEnd { Bankruptcy, Sale, Divestment, Privatisation, Reorganisation, StakeIncrease, Rename }
