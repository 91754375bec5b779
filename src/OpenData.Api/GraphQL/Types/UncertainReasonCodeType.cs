using GraphQL.Types;
using OpenData.Core.Model;

namespace OpenData.Api.GraphQL.Types;

public sealed class UncertainReasonCodeType : EnumerationGraphType<UncertaintyReason>
{
    public UncertainReasonCodeType()
    {
        Name = "UncertainReasonCode";
        Description = "Why a reading is less than certain.";
        foreach (var reason in Enum.GetValues<UncertaintyReason>())
        {
            this.Describe(reason, reason.Sv());
        }
    }
}
