using GraphQL.Types;
using OpenData.Core.Model;

namespace OpenData.Api.GraphQL.Types;

public sealed class LofteStatusType : EnumerationGraphType<LofteStatus>
{
    public LofteStatusType()
    {
        Name = "LofteStatus";
        Description = "Whether a löfte is the newest of its kommuner and area.";
        this.Describe(LofteStatus.Current, "The newest löfte of its kommuner and area.");
        this.Describe(LofteStatus.Superseded, "A löfte for a later period of the same kommuner and area was published.");
        this.Describe(LofteStatus.Withdrawn, "Taken down by its publisher and not replaced.");
    }
}
