using GraphQL.Types;
using Moskvitch.Graph.Api.GraphQL;
using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Production;

public static class ProductionQueries
{
    public static void AddProductionQueries(this ObjectGraphType query)
    {
        query.AddList<Assembly, AssemblyGraphType>("assemblies", "Every licensed, kit or foreign assembly of a Moskvitch model.", q => q.OrderBy(a => a.YearFrom).ThenBy(a => a.Id));
        query.AddList<Figure, FigureGraphType>("figures", "Every figure (production, sales, money, people), by year.", q => q.OrderBy(f => f.Year).ThenBy(f => f.Id));
        query.AddList<Export, ExportGraphType>("exports", "Every export record, by start year.", q => q.OrderBy(e => e.YearFrom).ThenBy(e => e.Id));
    }
}
