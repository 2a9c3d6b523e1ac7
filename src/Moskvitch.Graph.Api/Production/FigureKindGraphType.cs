using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Production;

public sealed class FigureKindGraphType() : DescribedEnumGraphType<FigureKind>("What kind of number a figure is: ANNUAL (a flow over one calendar year; these add up over years), CUMULATIVE (a running total up to the year, or over a model's or series' life), PERIOD (a flow over a stated part of a year or span of years), RATE (a typical amount per year or month), SHARE (a percentage of a whole), CHANGE (against an earlier value) or LEVEL (an amount standing at a point in time). Aggregates never add figures of different kinds, and add only ANNUAL ones.");
