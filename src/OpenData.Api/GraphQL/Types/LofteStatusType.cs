using GraphQL.Types;
using OpenData.Core.Model;

namespace OpenData.Api.GraphQL.Types;

public sealed class LofteStatusType : EnumerationGraphType<LofteStatus>
{
    public LofteStatusType()
    {
        Name = "LofteStatus";
        Description = "CURRENT: the newest löfte of its kommuner and area. SUPERSEDED: a later period was published. WITHDRAWN: taken down, not replaced.";
    }
}
