namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>
/// Test classes that run alone, after the others: those that read a count kept for the whole process (compiled
/// connections), which a class running beside them would move between their reads, and those that put a burst of
/// concurrent requests on the machine or write many rows in their fixture, which would slow the timed tests of other
/// classes, and those that write rows while their tests run, which would move the PostgreSQL snapshot that other
/// classes' result-cache tests expect to stay put.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
