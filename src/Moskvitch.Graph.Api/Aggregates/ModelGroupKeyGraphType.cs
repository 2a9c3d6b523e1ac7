namespace Moskvitch.Graph.Api.Aggregates;

/// <summary>What to group models by.</summary>
public sealed class ModelGroupKeyGraphType : EnumerationGraphType
{
    public ModelGroupKeyGraphType()
    {
        Name = "ModelGroupKey";
        Description = "What to group models by in `modelAggregates`.";
        Add("DECADE", ModelGroupKey.Decade, "The decade of the production start, as `1960s`: of `yearFrom`, or for a disputed start year the decade all its claims fall in (`yearFromEarliest` and `yearFromLatest`); a model whose claims span two decades, or with no start year, is in the null group.");
        Add("YEAR_FROM", ModelGroupKey.YearFrom, "The production start year (`yearFrom`).");
        Add("GENERATION", ModelGroupKey.Generation, "The generation (`generation`).");
        Add("BODY_TYPE", ModelGroupKey.BodyType, "The body type (`bodyType`).");
        Add("LAYOUT", ModelGroupKey.Layout, "The layout (`layout`).");
        Add("STATUS", ModelGroupKey.Status, "Produced, prototype or planned (`status`).");
        Add("BRAND", ModelGroupKey.Brand, "The brand (`brand`).");
        Add("MAKER", ModelGroupKey.Maker, "The maker's name (`maker.name`).");
        Add("COUNTRY", ModelGroupKey.Country, "The maker's country (`maker.country`).");
        Add("PLANT", ModelGroupKey.Plant, "Each plant that built the model (`plants`, by plant name): a model built at several plants counts in each, with its whole `unitsBuilt` (the sources give no split per plant); models with no plant form the null group.");
    }
}
