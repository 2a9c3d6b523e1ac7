using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Api.Organizations;

public sealed class OwnershipGraphType : ObjectGraphType<Ownership>
{
    public OwnershipGraphType()
    {
        Name = "Ownership";
        Description = "An owner, shareholder, operator or partner of an organization over a period, and how it began and ended.";
        this.AddGlobalId();
        Field<NonNullGraphType<OrganizationGraphType>>("owner").Description("The owner, shareholder, operator or partner.").ResolveRelation(s => s.Owner, s => s.OwnerId);
        Field<NonNullGraphType<OrganizationGraphType>>("owned").Description("What it owned or operated.").ResolveRelation(s => s.Owned, s => s.OwnedId);
        Field(o => o.Role, type: typeof(NonNullGraphType<OwnershipRoleGraphType>)).Description("Owner, operator, shareholder or partner.");
        Field(o => o.StakePercent, nullable: true).Description("The stake in percent.");
        Field(o => o.FromYear, nullable: true).Description("The year it began.");
        Field(o => o.FromDate, nullable: true).Description("The day it began, where the sources give it.");
        Field(o => o.ToYear, nullable: true).Description("The year it ended; null while it lasts or where the sources do not say.");
        Field(o => o.ToDate, nullable: true).Description("The day it ended, where the sources give it.");
        Field(o => o.BeganHow, type: typeof(OwnershipStartGraphType)).Description("How it began.");
        Field(o => o.EndedHow, type: typeof(OwnershipEndGraphType)).Description("How it ended.");
        Field(o => o.PriceRub, nullable: true).Description("The price paid, in roubles, where stated (e.g. one rouble).");
        Field(o => o.Note, nullable: true).Description("A note from the sources.");
        this.AddFactFields(SubjectKind.Ownership);
    }
}
