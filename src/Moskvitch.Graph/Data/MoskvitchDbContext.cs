using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Moskvitch.Graph.Engines;
using Moskvitch.Graph.Events;
using Moskvitch.Graph.Facts;
using Moskvitch.Graph.Models;
using Moskvitch.Graph.Organizations;
using Moskvitch.Graph.People;
using Moskvitch.Graph.Places;
using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Data;

/// <summary>EF Core's view of the schema that db/migrations creates. EF never migrates; it only maps.</summary>
public sealed class MoskvitchDbContext(DbContextOptions<MoskvitchDbContext> options) : DbContext(options)
{
    /// <summary>
    /// Each fact type (every <see cref="IFact"/> class of this assembly) and the table that holds it, its name in snake
    /// case (<c>PlantName</c> → <c>plant_name</c>); its citations live in <c>&lt;table&gt;_source</c>. In dependency order:
    /// a table comes after the tables it references (ties by name), the order in which a copy can be loaded.
    /// </summary>
    public static IReadOnlyDictionary<Type, string> FactTables { get; } = DiscoverFactTables();

    public DbSet<Model> Models => Set<Model>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<PlantName> PlantNames => Set<PlantName>();
    public DbSet<Succession> Successions => Set<Succession>();
    public DbSet<ModelPlant> ModelPlants => Set<ModelPlant>();
    public DbSet<Engine> Engines => Set<Engine>();
    public DbSet<ModelEngine> ModelEngines => Set<ModelEngine>();
    public DbSet<DesignInfluence> DesignInfluences => Set<DesignInfluence>();
    public DbSet<ModelComparison> ModelComparisons => Set<ModelComparison>();
    public DbSet<Assembly> Assemblies => Set<Assembly>();
    public DbSet<Ownership> Ownerships => Set<Ownership>();
    public DbSet<Figure> Figures => Set<Figure>();
    public DbSet<Export> Exports => Set<Export>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventPerson> EventPeople => Set<EventPerson>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<Source> Sources => Set<Source>();

    /// <summary>The citations of one fact type.</summary>
    public IQueryable<Citation<TFact>> CitationsOf<TFact>()
        where TFact : class, IFact => Set<Citation<TFact>>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var (type, table) in FactTables)
        {
            modelBuilder.Entity(type).ToTable(table);
            var citation = typeof(Citation<>).MakeGenericType(type);
            var c = modelBuilder.Entity(citation);
            c.ToTable(table + "_source");
            c.Property(nameof(Citation<Model>.FactId)).HasColumnName(table + "_id");
            c.HasKey(nameof(Citation<Model>.FactId), nameof(Citation<Model>.SourceId));
            c.HasOne(typeof(Source), nameof(Citation<Model>.Source)).WithMany().HasForeignKey(nameof(Citation<Model>.SourceId));
            c.HasOne(type).WithMany().HasForeignKey(nameof(Citation<Model>.FactId));
        }

        // Derived from model by triggers (0030); read only to count models.
        modelBuilder.Entity<ModelTally>().ToTable("model_tally").HasNoKey();
        modelBuilder.Entity<Source>().ToTable("source").HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId);

        modelBuilder.Entity<Model>(m =>
        {
            m.HasOne(x => x.ParentModel).WithMany(x => x.Variants).HasForeignKey(x => x.ParentModelId);
            m.HasOne(x => x.Maker).WithMany().HasForeignKey(x => x.MakerId);
            m.Property(x => x.FuelConsumptionMinL100km).HasColumnName("fuel_consumption_min_l_100km");
            m.Property(x => x.FuelConsumptionMaxL100km).HasColumnName("fuel_consumption_max_l_100km");
        });
        modelBuilder.Entity<Succession>(s =>
        {
            s.HasOne(x => x.Predecessor).WithMany().HasForeignKey(x => x.PredecessorId);
            s.HasOne(x => x.Successor).WithMany().HasForeignKey(x => x.SuccessorId);
        });
        modelBuilder.Entity<DesignInfluence>(d =>
        {
            d.HasOne(x => x.Model).WithMany().HasForeignKey(x => x.ModelId);
            d.HasOne(x => x.SourceModel).WithMany().HasForeignKey(x => x.SourceModelId);
        });
        modelBuilder.Entity<Ownership>(o =>
        {
            o.HasOne(x => x.Owner).WithMany().HasForeignKey(x => x.OwnerId);
            o.HasOne(x => x.Owned).WithMany().HasForeignKey(x => x.OwnedId);
        });
        modelBuilder.Entity<ModelComparison>(c =>
        {
            c.HasOne(x => x.Model).WithMany().HasForeignKey(x => x.ModelId);
            c.HasOne(x => x.ComparedModel).WithMany().HasForeignKey(x => x.ComparedModelId);
        });
        modelBuilder.Entity<Assembly>(a =>
        {
            a.HasOne(x => x.Licensee).WithMany().HasForeignKey(x => x.LicenseeId);
            a.HasOne(x => x.KitSupplier).WithMany().HasForeignKey(x => x.KitSupplierId);
        });
        modelBuilder.Entity<Engine>().Property(x => x.Name).HasComputedColumnSql("designation", stored: true);
        modelBuilder.Entity<Organization>(o =>
        {
            o.Property(x => x.Sales2023Lowest).HasColumnName("sales2023_lowest");
            o.Property(x => x.Sales2023Highest).HasColumnName("sales2023_highest");
        });
        modelBuilder.Entity<Place>().HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId);

        // Enumerations are text columns with CHECK lists of snake_case values.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            var enumType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (enumType.IsEnum)
            {
                property.SetValueConverter((ValueConverter)Activator.CreateInstance(typeof(SnakeCaseEnumConverter<>).MakeGenericType(enumType))!);
            }
        }
    }

    private static Dictionary<Type, string> DiscoverFactTables()
    {
        var facts = typeof(MoskvitchDbContext).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFact).IsAssignableFrom(t))
            .ToHashSet();
        var references = facts.ToDictionary(t => t, t => t.GetProperties()
            .Select(p => p.PropertyType)
            .Where(p => p != t && facts.Contains(p))
            .ToHashSet());
        var ordered = new Dictionary<Type, string>();
        while (ordered.Count < facts.Count)
        {
            var next = facts.Where(t => !ordered.ContainsKey(t) && references[t].All(ordered.ContainsKey))
                .OrderBy(t => t.Name, StringComparer.Ordinal).FirstOrDefault()
                ?? throw new InvalidOperationException("The fact types reference each other in a cycle.");
            ordered[next] = SnakeCase(next.Name);
        }

        return ordered;
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
