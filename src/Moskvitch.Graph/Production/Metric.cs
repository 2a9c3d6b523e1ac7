namespace Moskvitch.Graph.Production;

public enum Metric
{
    Production, ProductionTarget, ProductionQuota, ProductionChange, Sales, SalesChange, Shipments, Capacity,
    MarketShare, Revenue, RevenueChange, NetLoss, NetLossChange, CostOfSales, CostOfSalesChange, GrossProfit, Debt,
    Investment, Price, PricePremium, Employees, EmployeeAverageAge, EmployeeAverageTenure, Hires, JobsProjection,
    Localization, LocalizationTarget, LocalizationGrowth, ImportContent, PlantsEvacuated,
}
