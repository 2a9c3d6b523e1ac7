namespace Moskvitch.Graph.Events;

public enum DatePrecision { Day, Month, Year }
