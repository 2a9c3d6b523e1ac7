using Moskvitch.Graph.Events;

namespace Moskvitch.Graph.Api.Events;

public sealed class DatePrecisionGraphType() : DescribedEnumGraphType<DatePrecision>("How precisely the sources date an event: to the day, the month or the year.");
