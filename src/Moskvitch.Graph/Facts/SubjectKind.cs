namespace Moskvitch.Graph.Facts;

public enum SubjectKind { Model, Engine, Organization, PlantName, Event, Figure, Ownership, Assembly, Export, DesignInfluence, ModelEngine, ModelPlant, Place, Person }
