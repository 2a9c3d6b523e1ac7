namespace Moskvitch.Graph.Api.Aggregates;

public enum FigureGroupKey { Metric, Year, Decade, Organization, Model, Series }
