using OpenData.Api.Features;

namespace OpenData.Api.Rest;

/// <summary>
/// Errors of the REST door as RFC 9457 problem details (application/problem+json): a request the queries refuse
/// (a bad filter, cursor or page size) is the client's to fix, so a 400 that says what was wrong, in its detail.
/// </summary>
public static class RestProblems
{
    public const string BadRequestTitle = "Ogiltig förfrågan / Invalid request";

    public static IResult BadRequest(string detail, HttpContext http) => Results.Problem(
        title: BadRequestTitle, detail: detail, statusCode: StatusCodes.Status400BadRequest, instance: http.Request.Path + http.Request.QueryString);

    /// <summary>Turns a <see cref="QueryException"/> thrown by a Features query into a 400 problem.</summary>
    public static RouteGroupBuilder RefusalsAsProblems(this RouteGroupBuilder group) => group.AddEndpointFilter(async (context, next) =>
    {
        try
        {
            return await next(context);
        }
        catch (QueryException refused)
        {
            return BadRequest(refused.Message, context.HttpContext);
        }
    });
}
