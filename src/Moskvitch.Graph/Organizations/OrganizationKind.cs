namespace Moskvitch.Graph.Organizations;

public enum OrganizationKind { Manufacturer, Plant, PlantOperator, JointVenture, StateBody, CityGovernment, Importer, Utility, ForeignMaker, Licensee }
