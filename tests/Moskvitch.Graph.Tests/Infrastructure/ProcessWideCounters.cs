namespace Moskvitch.Graph.Tests.Infrastructure;

/// <summary>
/// Tests that read a count kept for the whole process (compiled connections, compiled look-ups) run in this collection,
/// alone: a test class running beside them would move the count between their reads.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCounters
{
    public const string Name = "Process-wide counters";
}
