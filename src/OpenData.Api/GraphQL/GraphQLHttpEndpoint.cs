using System.Net.Mime;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Features;
using OpenData.Api.Http;
using OpenData.Api.Protection;

namespace OpenData.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (graphql/graphql-over-http): POST application/json and GET with query parameters, answered as
/// application/graphql-response+json when the client accepts it (else application/json), with the spec's status
/// codes, and the printed schema beside it. Queries only: this API has no mutations. A body larger than
/// <see cref="ApiLimits.MaxRequestBytes"/> is refused unread (413), and a query still running after
/// <see cref="ApiLimits.ExecutionTimeout"/> is stopped.
/// </summary>
/// <remarks>
/// Ours rather than graphql-dotnet's GraphQL.Server.Transports.AspNetCore: that package is not in the registry this
/// project builds from. The engine only executes; everything HTTP is here, so either can be replaced alone.
/// </remarks>
public static class GraphQLHttpEndpoint
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static IEndpointRouteBuilder MapGraphQLHttp(this IEndpointRouteBuilder app, string path = "/graphql")
    {
        app.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], HandleAsync);
        app.MapMethods(path, [HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], (HttpContext context) =>
        {
            context.Response.Headers.Allow = "GET, POST";
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        });
        // The schema does not change once built: print it once, on first ask.
        string? printed = null;
        app.MapGet(path + "/schema.graphql", (ISchema schema) => Results.Text(printed ??= schema.Print(), "text/plain; charset=utf-8"));
        return app;
    }

    private static async Task HandleAsync(HttpContext context, IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer,
        ApiLimits limits, PublicAddress address, TimeProvider clock)
    {
        var mediaType = Negotiate(context.Request);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(context, serializer, StatusCodes.Status406NotAcceptable, GraphQLResponse,
                $"Accept {GraphQLResponse} or application/json.");
            return;
        }
        GraphQLRequest? request;
        try
        {
            request = HttpMethods.IsPost(context.Request.Method)
                ? await ReadPostAsync(context, serializer, limits.MaxRequestBytes)
                : ReadGet(context.Request, serializer);
        }
        catch (BadRequestException e)
        {
            await WriteRequestErrorAsync(context, serializer, e.Status, mediaType, e.Message);
            return;
        }
        if (request is null)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteRequestErrorAsync(context, serializer, StatusCodes.Status400BadRequest, mediaType, "The request has no query.");
            return;
        }

        using var deadline = new CancellationTokenSource(limits.ExecutionTimeout, clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, context.RequestAborted);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = context.RequestServices,
                UserContext = new UserContext(address.BaseFor(context.Request)),
                CancellationToken = stop.Token,
                User = context.User,
                UnhandledExceptionDelegate = c =>
                {
                    // A refusal of the query layer is the client's to read; anything else stays a generic error.
                    if (c.OriginalException is QueryException refused)
                    {
                        c.ErrorMessage = refused.Message;
                    }
                    return Task.CompletedTask;
                },
            });
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            // No data: with the new media type that is a 5xx (504: the answer did not come in time); the legacy one stays 200.
            await WriteRequestErrorAsync(context, serializer,
                mediaType == GraphQLResponse ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status200OK, mediaType,
                $"The query ran longer than {limits.ExecutionTimeout.TotalSeconds:0.#} s and was stopped. Ask for less (a smaller `first`, fewer nested lists), or use the bulk files under /export/.");
            return;
        }

        // With the new media type a request that never executed (parse or validation error) is a 400; with the
        // legacy application/json every well-formed request is a 200, errors in the body.
        context.Response.StatusCode = mediaType == GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    /// <summary>The response media type: graphql-response+json when accepted, else application/json; null if neither.</summary>
    private static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return MediaTypeNames.Application.Json;
        }
        foreach (var value in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var type = value.MediaType.Value ?? "";
            if (type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase) || type == "*/*" || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }
            if (type.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
            {
                return MediaTypeNames.Application.Json;
            }
        }
        return null;
    }

    private static async Task<GraphQLRequest?> ReadPostAsync(HttpContext context, IGraphQLTextSerializer serializer, long maxBytes)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType) ||
            !contentType.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw new BadRequestException(StatusCodes.Status415UnsupportedMediaType, "POST a body of Content-Type application/json.");
        }
        BadRequestException TooLarge() => new(StatusCodes.Status413PayloadTooLarge,
            $"The request body is larger than {maxBytes:N0} bytes; a GraphQL query needs far less. Use variables rather than inlined data.");
        if (context.Request.ContentLength > maxBytes)
        {
            throw TooLarge();
        }
        // A body without Content-Length (chunked) is cut off by the server when it passes the limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = maxBytes;
        }
        try
        {
            return await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted)
                ?? throw new BadRequestException(StatusCodes.Status400BadRequest, "The body is not a GraphQL request.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
        catch (Exception e) when (e is JsonException or GraphQLParser.Exceptions.GraphQLSyntaxErrorException or InvalidOperationException or NotSupportedException)
        {
            throw new BadRequestException(StatusCodes.Status400BadRequest, $"The body is not a JSON GraphQL request: {e.Message}");
        }
    }

    private static GraphQLRequest ReadGet(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        try
        {
            return new GraphQLRequest
            {
                Query = request.Query["query"],
                OperationName = request.Query["operationName"].ToString() is { Length: > 0 } name ? name : null,
                Variables = request.Query["variables"].ToString() is { Length: > 0 } v ? serializer.Deserialize<global::GraphQL.Inputs>(v) : null,
                Extensions = request.Query["extensions"].ToString() is { Length: > 0 } x ? serializer.Deserialize<global::GraphQL.Inputs>(x) : null,
            };
        }
        catch (Exception e) when (e is JsonException or GraphQLParser.Exceptions.GraphQLSyntaxErrorException or InvalidOperationException or NotSupportedException)
        {
            throw new BadRequestException(StatusCodes.Status400BadRequest, $"variables or extensions is not a JSON object: {e.Message}");
        }
    }

    private static async Task WriteRequestErrorAsync(HttpContext context, IGraphQLTextSerializer serializer, int status, string mediaType, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message)] }, context.RequestAborted);
    }

    private sealed class BadRequestException(int status, string message) : Exception(message)
    {
        public int Status { get; } = status;
    }
}
