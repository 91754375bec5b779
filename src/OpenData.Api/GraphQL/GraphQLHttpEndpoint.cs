using System.Globalization;
using System.Net.Mime;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Features;
using OpenData.Api.Features.Batching;
using OpenData.Api.GraphQL.Caching;
using OpenData.Api.Http;
using OpenData.Api.Protection;
using OpenData.Core.Storage;

namespace OpenData.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (graphql/graphql-over-http): POST application/json and GET with query parameters, answered as
/// application/graphql-response+json when the client accepts it (else application/json), with the spec's status
/// codes, and the printed schema beside it. Queries only: this API has no mutations. A body larger than
/// <see cref="ApiLimits.MaxRequestBytes"/> is refused unread (413); the parsed document is held to the
/// <see cref="QueryBudget"/> before the engine validates it; a heavy query waits for a <see cref="HeavyWorkGate"/>
/// slot; a query still running after <see cref="ApiLimits.ExecutionTimeout"/> is stopped; every answer says what
/// the query cost in <c>extensions.cost</c>.
/// <para>
/// Between two commits to the database every answer is the same: an answer that ran without errors is kept per
/// version of the data (<see cref="AnswerCache"/>), and a GET carries an ETag of that version, so that a client or
/// a CDN that has it gets a 304. The version is read from the database for every request, so instances behind a
/// balancer agree and nothing older than the last commit is served. Automatic persisted queries
/// (<see cref="PersistedQueries"/>) keep the GET addresses short.
/// </para>
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
        ApiLimits limits, QueryBudget budget, HeavyWorkGate heavy, PublicAddress address, TimeProvider clock, Caches caches, ReadContexts reads)
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
        var persistedHash = PersistedHashOf(request.Extensions);
        if (persistedHash is not null)
        {
            if (string.IsNullOrWhiteSpace(request.Query))
            {
                if (caches.Persisted.Find(persistedHash) is not { } known)
                {
                    // Apollo clients look for this code, then send the query with its hash.
                    await WriteRequestErrorAsync(context, serializer, StatusCodes.Status200OK, mediaType,
                        "PersistedQueryNotFound", PersistedQueries.NotFound);
                    return;
                }
                request.Query = known;
            }
            else if (!PersistedQueries.Matches(persistedHash, request.Query))
            {
                await WriteRequestErrorAsync(context, serializer, StatusCodes.Status400BadRequest, mediaType,
                    "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query (hex of its UTF-8 bytes).", PersistedQueries.HashMismatch);
                return;
            }
        }
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteRequestErrorAsync(context, serializer, StatusCodes.Status400BadRequest, mediaType, "The request has no query.");
            return;
        }

        // The deadline covers everything from here: measuring, waiting for a slot, validation and execution.
        using var deadline = new CancellationTokenSource(limits.ExecutionTimeout, clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, context.RequestAborted);
        try
        {
            await AnswerAsync(context, request, persistedHash, mediaType, executer, schema, serializer, limits, budget, heavy, address, caches, reads, stop.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            // No data: with the new media type that is a 5xx (504: the answer did not come in time); the legacy one stays 200.
            await WriteRequestErrorAsync(context, serializer,
                mediaType == GraphQLResponse ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status200OK, mediaType,
                $"The query ran longer than {limits.ExecutionTimeout.TotalSeconds:0.#} s and was stopped. Ask for less (a smaller `first`, fewer nested lists), or use the bulk files under /export/.");
        }
    }

    private static async Task AnswerAsync(HttpContext context, GraphQLRequest request, string? persistedHash, string mediaType, IDocumentExecuter executer,
        ISchema schema, IGraphQLTextSerializer serializer, ApiLimits limits, QueryBudget budget, HeavyWorkGate heavy, PublicAddress address, Caches caches,
        ReadContexts reads, CancellationToken ct)
    {
        var query = request.Query!;
        var publicBase = address.BaseFor(context.Request);
        var isGet = HttpMethods.IsGet(context.Request.Method);
        AnswerKey? key = null;
        string? etag = null;
        if ((caches.Answers.Enabled || isGet) && await TryReadVersionAsync(context, caches.Versions, ct) is { } version)
        {
            var year = caches.Calendar.ThisYear;
            if (isGet)
            {
                etag = EntityTag(version, year, mediaType);
                if (IfNoneMatch(context.Request, etag))
                {
                    SetCacheHeaders(context.Response, etag);
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
            }
            key = new AnswerKey(version, year, query, request.OperationName,
                request.Variables is { Count: > 0 } variables ? serializer.Serialize(variables) : null, publicBase.AbsoluteUri);
            if (caches.Answers.Find(key.Value) is { } kept)
            {
                if (etag is not null)
                {
                    SetCacheHeaders(context.Response, etag);
                }
                await WriteBytesAsync(context, StatusCodes.Status200OK, mediaType, kept);
                return;
            }
        }

        // Parsed here so that the budget is kept before the engine validates anything; a document that does not
        // parse goes to the engine as text, which reports the syntax error as the spec asks. One validated before
        // comes from the engine's document cache, neither parsed nor validated again.
        var document = caches.Documents.Find(query) ?? TryParse(query);
        QueryMeasure? measure = null;
        if (document is not null)
        {
            var refusals = budget.RefuseDocument(document);
            if (refusals.Count == 0 && SelectOperation(document, request.OperationName) is { } operation)
            {
                (measure, refusals) = budget.Check(schema, document, operation, request.Variables ?? global::GraphQL.Inputs.Empty);
            }
            if (refusals.Count > 0)
            {
                await WriteResultAsync(context, serializer, mediaType, Refused(refusals, measure, limits));
                return;
            }
        }
        ct.ThrowIfCancellationRequested();

        var isHeavy = measure is not null && budget.IsHeavy(measure);
        using var slot = isHeavy ? await heavy.EnterAsync(ct) : null;
        if (isHeavy && slot is null)
        {
            context.Response.Headers.RetryAfter = ((int)HeavyWorkGate.MaxWait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await WriteRequestErrorAsync(context, serializer, StatusCodes.Status503ServiceUnavailable, mediaType, string.Format(CultureInfo.InvariantCulture,
                "The service is answering as many large queries as it can at once; this one would resolve about {0:N0} fields. " +
                "Try again in a few seconds, ask for less, or use the bulk files under /export/.", Math.Ceiling(measure!.EstimatedFields)));
            return;
        }

        var userContext = new UserContext(publicBase, new AnswerSize(limits));
        var options = new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            UserContext = userContext,
            CancellationToken = ct,
            User = context.User,
            UnhandledExceptionDelegate = c =>
            {
                // A refusal of the query layer is the client's to read; anything else stays a generic error that
                // names neither the exception nor the engine behind it.
                if (c.OriginalException is QueryException refused)
                {
                    c.ErrorMessage = refused.Message;
                }
                else
                {
                    if (c.OriginalException is not OperationCanceledException)
                    {
                        // The client learns nothing of it; whoever runs the service must.
                        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint))
                            .LogError(c.OriginalException, "A GraphQL field failed: {Path}", c.FieldContext?.Path is { } path ? string.Join('.', path) : "(the operation)");
                    }
                    c.Exception = new InternalServerErrorException();
                }
                return Task.CompletedTask;
            },
        };
        // The engine parses and validates before its first await, and its validation never looks at the token: run
        // it off this thread, so that the deadline answers the client even while a validation runs (the budget above
        // keeps any validation short, so what goes on after the answer ends soon).
        // Every read of this query shares one context and connection, given back when the execution has ended.
        var requestReads = reads.BeginRequest();
        var execution = Task.Run(() => executer.ExecuteAsync(options), CancellationToken.None);
        ExecutionResult result;
        try
        {
            result = await execution.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            _ = execution.ContinueWith(async finished =>
            {
                await requestReads.DisposeAsync();
                return finished.Exception;
            }, TaskScheduler.Default);
            throw;
        }
        await requestReads.DisposeAsync();
        ct.ThrowIfCancellationRequested();
        CapErrors(result, limits.MaxValidationErrors);
        if (measure is not null)
        {
            (result.Extensions ??= [])["cost"] = Cost(measure, limits, userContext.Answer.Values);
        }
        var body = await SerializeAsync(serializer, result);
        // Only a whole answer is kept or tagged: one with errors may be a timeout or a fault that the next try has not.
        if (result.Executed && result.Errors is not { Count: > 0 })
        {
            if (key is { } k)
            {
                caches.Answers.Keep(k, body);
            }
            if (persistedHash is not null)
            {
                caches.Persisted.Keep(persistedHash, query);
            }
            if (etag is not null)
            {
                SetCacheHeaders(context.Response, etag);
            }
        }
        await WriteBytesAsync(context, StatusOf(result, mediaType), mediaType, body);
    }

    /// <summary>
    /// The data version as committed now, read for every request: the last commit decides, on this instance or any
    /// other. Null when the database cannot say; the query then runs uncached and meets the same failure itself.
    /// </summary>
    private static async Task<long?> TryReadVersionAsync(HttpContext context, DataVersionReader versions, CancellationToken ct)
    {
        try
        {
            return (await versions.ReadAsync(ct)).Stamp;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint))
                .LogWarning(e, "The data version could not be read; this answer is neither cached nor tagged");
            return null;
        }
    }

    /// <summary>The ETag of a GET's answer: the data version and year it was computed from, and its media type.</summary>
    private static string EntityTag(long version, int year, string mediaType) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{version:x}-{year}-{(mediaType == GraphQLResponse ? "g" : "j")}\"");

    private static bool IfNoneMatch(HttpRequest request, string etag)
    {
        foreach (var value in request.Headers.IfNoneMatch)
        {
            foreach (var tag in (value ?? "").Split(','))
            {
                var t = tag.Trim();
                if (t == "*" || t == etag || (t.StartsWith("W/", StringComparison.Ordinal) && t[2..] == etag))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A cache may keep the answer but must ask again each time, which costs one version read here.</summary>
    private static void SetCacheHeaders(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "public, no-cache";
        response.Headers.Vary = "Accept";
    }

    /// <summary>The hash of <c>extensions.persistedQuery</c>, if the request has one.</summary>
    private static string? PersistedHashOf(global::GraphQL.Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var persisted))
        {
            return null;
        }
        return persisted is IDictionary<string, object?> fields && fields.TryGetValue("sha256Hash", out var hash) && hash is string { Length: > 0 } text
            ? text
            : throw new BadRequestException(StatusCodes.Status400BadRequest, "extensions.persistedQuery needs a sha256Hash (hex).");
    }

    /// <summary>The parsed document, or null when it does not parse (the engine then reports why).</summary>
    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            // As the engine's own document builder parses: comments dropped, locations kept for error messages.
            return Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>The operation the engine will run, chosen as it chooses; null when it will refuse the choice itself.</summary>
    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name is { } name && name.Value.Span.SequenceEqual(operationName));
    }

    private static ExecutionResult Refused(IReadOnlyList<string> refusals, QueryMeasure? measure, ApiLimits limits)
    {
        var result = new ExecutionResult { Errors = [.. refusals.Select(r => new ExecutionError(r) { Code = "QUERY_TOO_LARGE" })] };
        if (measure is not null)
        {
            result.Extensions = new() { ["cost"] = Cost(measure, limits, resolved: 0) };
        }
        return result;
    }

    /// <summary>
    /// The query's cost in the answer, as GitHub and Shopify give it: the estimate counted before it ran, the limit,
    /// and the values it really resolved.
    /// </summary>
    private static Dictionary<string, object?> Cost(QueryMeasure measure, ApiLimits limits, int resolved) => new()
    {
        ["estimatedFields"] = (long)Math.Min(Math.Ceiling(measure.EstimatedFields), long.MaxValue),
        ["maxEstimatedFields"] = limits.MaxComplexity,
        ["resolvedValues"] = resolved,
        ["maxResolvedValues"] = limits.MaxAnswerValues,
    };

    /// <summary>At most <paramref name="max"/> errors, and one more that says how many were left out (graphql-js does the same).</summary>
    private static void CapErrors(ExecutionResult result, int max)
    {
        if (result.Errors is { } errors && errors.Count > max)
        {
            var leftOut = errors.Count - max;
            result.Errors = [.. errors.Take(max)];
            result.Errors.Add(new ExecutionError(string.Format(CultureInfo.InvariantCulture,
                "{0:N0} more errors were left out: at most {1:N0} are reported. Fix these first.", leftOut, max)) { Code = "TOO_MANY_ERRORS" });
        }
    }

    private static async Task WriteResultAsync(HttpContext context, IGraphQLTextSerializer serializer, string mediaType, ExecutionResult result) =>
        await WriteBytesAsync(context, StatusOf(result, mediaType), mediaType, await SerializeAsync(serializer, result));

    /// <summary>
    /// With the new media type a request that never executed (parse or validation error) is a 400; with the legacy
    /// application/json every well-formed request is a 200, errors in the body.
    /// </summary>
    private static int StatusOf(ExecutionResult result, string mediaType) =>
        mediaType == GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    /// <summary>The answer as the bytes sent: written whole first, so that it can be kept and its length sent.</summary>
    private static async Task<byte[]> SerializeAsync(IGraphQLTextSerializer serializer, ExecutionResult result)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result);
        return buffer.ToArray();
    }

    private static async Task WriteBytesAsync(HttpContext context, int status, string mediaType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
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
            if (type.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }
            // A client that takes anything gets what every client understands (the spec's SHOULD for */*).
            if (type.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase) || type == "*/*" ||
                type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
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

    private static async Task WriteRequestErrorAsync(HttpContext context, IGraphQLTextSerializer serializer, int status, string mediaType, string message,
        string? code = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        var error = new ExecutionError(message);
        if (code is not null)
        {
            error.Code = code;
        }
        await serializer.WriteAsync(context.Response.Body, new ExecutionResult { Errors = [error] }, context.RequestAborted);
    }

    private sealed class BadRequestException(int status, string message) : Exception(message)
    {
        public int Status { get; } = status;
    }

    /// <summary>Stands in for what really failed, so that the error's code says INTERNAL_SERVER_ERROR and nothing of the engine.</summary>
    private sealed class InternalServerErrorException() : Exception("An internal error occurred.");
}
