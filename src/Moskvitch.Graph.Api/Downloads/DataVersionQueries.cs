using Moskvitch.Graph.Api.Database;

namespace Moskvitch.Graph.Api.Downloads;

/// <summary><c>dataVersion</c>: the citable version of the curated data, as the exports carry it.</summary>
public static class DataVersionQueries
{
    public static void AddDataVersionQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<StringGraphType>>("dataVersion")
            .Description("The version of the curated data to cite: the latest migration and a hash of every row, `<latest migration>-<8 hex digits of the hash>`. The exports (/export/csv, /export/jsonl, /export/nt) carry the same value.")
            .ResolveAsync(async c => await DataVersion.GetAsync(
                c.RequestServices!.GetRequiredService<DatabaseConnectionState>().ConnectionString, c.CancellationToken));
}
