namespace OpenData.Core.Model;

public enum ChangeKind
{
    LofteAdded,
    LofteSuperseded,
    LofteWithdrawn,
    PromiseAdded,
    PromiseChanged,
    PromiseRemoved,
}
