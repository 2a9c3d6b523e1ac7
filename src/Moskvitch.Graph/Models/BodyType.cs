namespace Moskvitch.Graph.Models;

public enum BodyType { Sedan, Cabriolet, Convertible, StationWagon, Woodie, Van, Pickup, Hatchback, Liftback, Crossover, Racer, OffRoad, Taxi, Coupe }
