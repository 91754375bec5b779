using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenData.Api.Protection;

/// <summary>The API is read-only: a mutation or subscription is refused with a message that says so.</summary>
public sealed class QueriesOnlyRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(
                $"This API is read-only: it has no {context.Operation.Operation.ToString().ToLowerInvariant()}s. Ask with a query."));
        }
        return default;
    }
}
