namespace Moskvitch.Graph.Models;

public enum PlantRole { Main, Licensed, Parallel }
