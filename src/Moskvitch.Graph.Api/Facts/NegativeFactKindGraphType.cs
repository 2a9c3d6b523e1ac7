namespace Moskvitch.Graph.Api.Facts;

public sealed class NegativeFactKindGraphType() : DescribedEnumGraphType<NegativeFactKind>("How a negative statement denies: DID_NOT_HAPPEN (the sources state it did not happen: Wikidata's \"no value\"), NOT_EXERCISED (a right or option existed and was not used), NOT_CONFIRMED (a party declined to confirm it), NO_EVIDENCE (the sources state no evidence of it exists: unknown, not false).");
