namespace Moskvitch.Graph.Facts;

/// <summary>A row with an integer primary key.</summary>
public interface IEntity
{
    int Id { get; }
}
