namespace Moskvitch.Graph.Facts;

/// <summary>A row that states something and is cited: it has a citation table <c>&lt;table&gt;_source</c>.</summary>
public interface IFact : IEntity;
