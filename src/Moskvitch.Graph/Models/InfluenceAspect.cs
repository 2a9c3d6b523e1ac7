namespace Moskvitch.Graph.Models;

public enum InfluenceAspect { Body, Chassis, Engine, Platform, Styling, Layout, Suspension, Design }
