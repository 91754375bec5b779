namespace OpenData.Api.Protection;

/// <summary>
/// CORS open to every origin for what the API offers, all of it reads: GET, and POST for GraphQL queries (the schema
/// has no mutations). No credentials: nothing here depends on who asks.
/// </summary>
public static class ReadOnlyCors
{
    public static IServiceCollection AddReadOnlyCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post)
            .WithHeaders("Content-Type", "Accept", "If-None-Match", "If-Modified-Since")
            .WithExposedHeaders("ETag", "Last-Modified", "Retry-After", "RateLimit", "RateLimit-Policy")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
}
