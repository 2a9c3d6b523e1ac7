namespace Moskvitch.Graph.Production;

public enum Unit { Units, Rub, Usd, Percent, People, Years, Times, Plants }
