using GraphQL.Execution;
using OpenData.Api.Protection;

namespace OpenData.Api.GraphQL;

/// <summary>
/// Fields one after another, as <see cref="SerialExecutionStrategy"/> runs them (the batch loaders still load each
/// level in one query, and on a small machine running fields in parallel only adds thread hops, measured with
/// bench/api), with every value counted by the request's <see cref="AnswerSize"/> as it is resolved.
/// </summary>
public sealed class AnswerSizeExecutionStrategy : SerialExecutionStrategy
{
    protected override async Task ExecuteNodeAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node)
    {
        await base.ExecuteNodeAsync(context, node);
        if (context.UserContext is UserContext user)
        {
            user.Answer.Add(node.Result);
        }
    }
}
