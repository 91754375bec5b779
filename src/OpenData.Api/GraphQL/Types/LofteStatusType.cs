using GraphQL.Types;
using OpenData.Api.Features.Loften;

namespace OpenData.Api.GraphQL.Types;

public sealed class LofteStatusType : EnumerationGraphType<LofteStatusToday>
{
    public LofteStatusType()
    {
        Name = "LofteStatus";
        Description = "What a löfte is today, counted from the current year in Sweden: in force, ended, replaced or withdrawn.";
        this.Describe(LofteStatusToday.Current, "In force: its years include this year (and its publisher has not withdrawn it).");
        this.Describe(LofteStatusToday.Ended, "The newest löfte of its kommuner and area, and its years have passed: no later löfte was published.");
        this.Describe(LofteStatusToday.Superseded, "A löfte for a later period of the same kommuner and area replaced it.");
        this.Describe(LofteStatusToday.Withdrawn, "Taken down by its publisher and not replaced.");
        this.Describe(LofteStatusToday.Upcoming, "The newest löfte of its kommuner and area, for years that have not begun.");
        this.Describe(LofteStatusToday.Undated, "The newest löfte of its kommuner and area, but no source it was read from says which years it covers.");
    }
}
