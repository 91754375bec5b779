using GraphQL.Types;
using OpenData.Core.Coverage;

namespace OpenData.Api.GraphQL.Types;

public sealed class CoverageStateType : EnumerationGraphType<CoverageState>
{
    public CoverageStateType()
    {
        Name = "CoverageState";
        Description = "What is known of a kommun's löften in a year.";
        this.Describe(CoverageState.InForce, "A löfte covers the year.");
        this.Describe(CoverageState.Ended, "Löften of earlier years were found; none covers the year.");
        this.Describe(CoverageState.Undated, "A löfte was found, but no source it was read from says which years it covers: not counted as in force.");
        this.Describe(CoverageState.NoneFound, "Its addresses were asked and answered; no löfte was found.");
        this.Describe(CoverageState.NotTried, "None of its addresses has been asked yet: not harvested, which says nothing of whether a löfte exists.");
        this.Describe(CoverageState.Failing, "Its sources fail and none answered: whether there is a löfte is not known.");
    }
}
