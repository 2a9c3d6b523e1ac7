namespace Moskvitch.Graph.Organizations;

public enum OwnershipStart { Founding, JointVenture, Acquisition, SaleForOneRouble, Nationalisation, Reorganisation, Privatisation, Relocation, Partnership, StakeIncrease, Rename }
