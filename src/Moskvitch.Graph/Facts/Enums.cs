namespace Moskvitch.Graph.Facts;

// The enumerations of the schema. Each member maps to the snake_case value in the column's CHECK list
// (StationWagon ↔ 'station_wagon'); GraphQL prints them in CONSTANT_CASE (STATION_WAGON).

public enum SourceKind { SeedDocument, Reference, DesignCard }

public enum PlaceKind { Country, Region, City, District, Site, Street }

public enum OrganizationKind { Manufacturer, Plant, PlantOperator, JointVenture, StateBody, CityGovernment, Importer, Utility, ForeignMaker, Licensee }

public enum BodyType { Sedan, Cabriolet, Convertible, StationWagon, Woodie, Van, Pickup, Hatchback, Liftback, Crossover, Racer, OffRoad, Taxi, Coupe }

public enum Layout { FrontEngineRearDrive, FrontEngineFrontDrive, RearEngineRearDrive, FrontWheelDrive, RearWheelDrive }

public enum ModelStatus { Produced, Prototype, Planned }

public enum Qualifier { About, Over, Under, UpTo, Nearly }

public enum Fuel { Petrol, Diesel, Electric }

public enum Aspiration { NaturallyAspirated, Turbocharged }

public enum EventKind
{
    Founding, Rename, FirstCar, Milestone, Evacuation, Reconstruction, PowerCut, Bankruptcy, Sale, Relaunch, Award,
    Launch, Certification, Announcement, Agreement, Prototype, ProductionStart, ProductionHalt, Decision, Approval,
    Reorganisation, Relocation, Acquisition, Closure, Suspension, Presentation, Sanctions, Film,
}

public enum DatePrecision { Day, Month, Year }

public enum PlantRole { Main, Licensed, Parallel }

public enum InfluenceAspect { Body, Chassis, Engine, Platform, Styling, Layout, Suspension, Design }

public enum InfluenceKind { CapturedToolingCopy, Licence, Clone, Inspiration, Rebadge, ReverseEngineering, Derivative, DesignerInvolvement }

public enum Kit { Ckd, Skd }

public enum OwnershipRole { Owner, Operator, Shareholder, Partner }

public enum OwnershipStart { Founding, JointVenture, Acquisition, SaleForOneRouble, Nationalisation, Reorganisation, Privatisation, Relocation, Partnership, StakeIncrease, Rename }

public enum OwnershipEnd { Bankruptcy, Sale, Divestment, Privatisation, Reorganisation, StakeIncrease, Rename }

public enum Metric
{
    Production, ProductionTarget, ProductionQuota, ProductionChange, Sales, SalesChange, Shipments, Capacity,
    MarketShare, Revenue, RevenueChange, NetLoss, NetLossChange, CostOfSales, CostOfSalesChange, GrossProfit, Debt,
    Investment, Price, PricePremium, Employees, EmployeeAverageAge, EmployeeAverageTenure, Hires, JobsProjection,
    Localization, LocalizationTarget, LocalizationGrowth, ImportContent, PlantsEvacuated,
}

public enum Unit { Units, Rub, Usd, Percent, People, Years, Times, Plants }

public enum ExportStatus { Exported, Attempted, Proposed }

public enum SubjectKind { Model, Engine, Organization, PlantName, Event, Figure, Ownership, Assembly, Export, DesignInfluence, ModelEngine, ModelPlant, Place, Person }
