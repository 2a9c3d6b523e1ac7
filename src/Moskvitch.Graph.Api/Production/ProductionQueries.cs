using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Production;

public static class ProductionQueries
{
    /// <summary>This feature's entity kinds.</summary>
    public static GraphConventionsBuilder AddProduction(this GraphConventionsBuilder graph) => graph
        .AddEntity<Assembly, AssemblyGraphType>()
        .AddEntity<Figure, FigureGraphType>()
        .AddEntity<Export, ExportGraphType>();

    public static void AddProductionQueries(this ObjectGraphType query)
    {
        query.AddConnection<Assembly>("assemblies", "Every licensed, kit or foreign assembly of a Moskvitch model.", [DataArguments.By((Assembly a) => a.YearFrom), DataArguments.By((Assembly a) => a.Id)]);
        query.AddConnection<Figure>("figures", "Every figure (production, sales, money, people), by year.", [DataArguments.By((Figure f) => f.Year), DataArguments.By((Figure f) => f.Id)]);
        query.AddConnection<Export>("exports", "Every export record, by start year.", [DataArguments.By((Export e) => e.YearFrom), DataArguments.By((Export e) => e.Id)]);
    }
}
