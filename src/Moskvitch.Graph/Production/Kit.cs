namespace Moskvitch.Graph.Production;

public enum Kit { Ckd, Skd }
