using GraphQL.Types;
using OpenData.Core.Model;

namespace OpenData.Api.GraphQL.Types;

public sealed class FollowUpStatusType : EnumerationGraphType<FollowUpStatus>
{
    public FollowUpStatusType()
    {
        Name = "FollowUpStatus";
        Description = "What a published follow-up reports became of a promise: the publisher's own account, not a verdict of this service.";
        this.Describe(FollowUpStatus.Done, "Reported done (\"löftet är genomfört\", \"har genomfört 21 tillsyner\").");
        this.Describe(FollowUpStatus.Partly, "Reported done in part (\"delvis\", \"inte i den utsträckning vi önskat\").");
        this.Describe(FollowUpStatus.Ongoing, "Reported still under way (\"pågår\", \"arbetet fortsätter\").");
        this.Describe(FollowUpStatus.NotDone, "Reported not done (\"har inte genomförts\").");
        this.Describe(FollowUpStatus.Cancelled, "Reported dropped (\"ställdes in\", \"avbröts\").");
    }
}
