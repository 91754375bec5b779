using GraphQL.Types;
using OpenData.Core.Model;

namespace OpenData.Api.GraphQL.Types;

public sealed class UncertainReasonType : ObjectGraphType<UncertaintyReason>
{
    public UncertainReasonType()
    {
        Name = "UncertainReason";
        Description = "One thing that made the reader unsure of a reading.";
        Field<NonNullGraphType<UncertainReasonCodeType>>("code").Description("What it was, as a stable code.").Resolve(c => c.Source);
        Field<NonNullGraphType<StringGraphType>>("text").Description("What it was, in Swedish for a person.").Resolve(c => c.Source.Sv());
    }
}
