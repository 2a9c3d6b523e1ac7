namespace Moskvitch.Graph.Places;

public enum PlaceKind { Country, Region, City, District, Site, Street }
