namespace Moskvitch.Graph.Production;

/// <summary>What kind of number a figure is; only annual figures add up (over years).</summary>
public enum FigureKind { Annual, Cumulative, Period, Rate, Share, Change, Level }
