using GraphQL.Types;
using OpenData.Api.Features.Documents;

namespace OpenData.Api.GraphQL.Types;

public sealed class CorrectionType : ObjectGraphType<CorrectionView>
{
    public CorrectionType()
    {
        Name = "Correction";
        Description = "A reading corrected by hand from a reviewed correction file (data/corrections).";
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the reading was corrected, as the file says.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("reviewedBy").Description("Who reviewed the correction.").Resolve(c => c.Source.ReviewedBy);
    }
}
