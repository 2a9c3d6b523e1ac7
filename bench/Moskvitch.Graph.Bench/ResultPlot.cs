namespace Moskvitch.Graph.Bench;

public static class ResultPlot
{
    public static void Draw(string resultsDirectory)
    {
    }
}
