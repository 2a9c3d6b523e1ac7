using Moskvitch.Graph.Events;

namespace Moskvitch.Graph.Api.Events;

public sealed class EventKindGraphType() : DescribedEnumGraphType<EventKind>("What kind of event.");
