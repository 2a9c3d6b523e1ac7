namespace Moskvitch.Graph.Api.Database;

/// <summary>The <c>Database</c> configuration section: where the embedded PostgreSQL lives.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Folder for the embedded PostgreSQL cluster; empty means the user's data directory.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Folder holding initdb and pg_ctl; empty means PATH and the usual install folders.</summary>
    public string? PostgresBinDirectory { get; set; }

    /// <summary>Name of the database the service creates in its embedded PostgreSQL.</summary>
    public string DatabaseName { get; set; } = "moskvitch";
}
