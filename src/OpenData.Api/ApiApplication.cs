using OpenData.Api.Rest;
using OpenData.Api.Features.Holdings;
using OpenData.Api.Features.Feeds;
using OpenData.Api.Feeds;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenData.Api.Features.Calendar;
using OpenData.Api.Features.FollowUps;
using System.Text.Encodings.Web;
using GraphQL;
using OpenData.Api.Archive;
using OpenData.Api.Catalog;
using OpenData.Api.Exports;
using OpenData.Api.Exports.Releases;
using OpenData.Api.Features.Archive;
using OpenData.Api.Features.Batching;
using OpenData.Api.Features.Changes;
using OpenData.Api.Features.Comparison;
using OpenData.Api.Features.Coverage;
using OpenData.Api.Features.Documents;
using OpenData.Api.Features.Harvests;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Loften;
using OpenData.Api.Features.Promises;
using OpenData.Api.Features.Themes;
using OpenData.Api.GraphQL;
using OpenData.Api.GraphQL.Caching;
using GraphQL.DI;
using OpenData.Api.GraphQL.Types;
using OpenData.Api.Health;
using OpenData.Api.Http;
using OpenData.Api.Protection;
using OpenData.Api.Startup;
using OpenData.Core.Storage;
using OpenData.Ingest;

namespace OpenData.Api;

/// <summary>Composes the API: storage, the query features, the GraphQL schema, the protections and the HTTP endpoints.</summary>
public static class ApiApplication
{
    public const string ShutdownTimeoutKey = "OpenData:ShutdownTimeout";

    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(3);

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json travels with the build output; the working directory is wherever `dotnet run` started.
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The software behind the service is nobody's business: no "Server: Kestrel".
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // A stop (SIGTERM, SIGINT) waits this long for requests still running, then ends them: a client that holds a
        // request half-sent must not keep the service up for the host's default 30 s. Every query ends within its own
        // 10 s anyway.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = builder.Configuration.GetValue(ShutdownTimeoutKey, DefaultShutdownTimeout));
        configure?.Invoke(builder);

        var services = builder.Services;
        var limits = ApiLimits.From(builder.Configuration);
        services.AddSingleton(limits);
        services.AddOpenDataStorage(builder.Configuration);
        services.AddIngest();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton(CatalogSettings.From(builder.Configuration));
        services.AddSingleton<DcatCatalog>();

        services.AddSingleton<ReadContexts>();
        // Tried, so that a test may fix the day (configure runs first).
        services.TryAddSingleton<SwedishCalendar>();
        services.AddSingleton<KommunQueries>();
        services.AddSingleton<LofteQueries>();
        services.AddSingleton<PromiseQueries>();
        services.AddSingleton<DocumentQueries>();
        services.AddSingleton<ThemeQueries>();
        services.AddSingleton<ComparisonQueries>();
        services.AddSingleton<CoverageQueries>();
        services.AddSingleton<HoldingsQueries>();
        services.AddSingleton<ChangeQueries>();
        services.AddSingleton<HarvestQueries>();
        services.AddSingleton<ArchiveQueries>();
        services.AddSingleton<ExportReader>();
        services.AddSingleton<ExportFiles>();
        services.AddSingleton(sp => ReleaseSettings.From(builder.Configuration, sp.GetRequiredService<StorageSettings>(), sp.GetRequiredService<CatalogSettings>().License));
        services.AddSingleton<ReleaseStore>();
        services.AddSingleton<ReleasePublisher>();
        services.AddHostedService<ReleaseChecks>();
        services.AddScoped<KommunLoaders>();
        services.AddScoped<LofteLoaders>();
        services.AddScoped<PromiseLoaders>();
        services.AddScoped<DocumentLoaders>();
        services.AddScoped<ThemeLoaders>();
        services.AddScoped<FollowUpLoaders>();
        services.AddSingleton<FollowUpQueries>();
        services.AddSingleton<FeedQueries>();

        services.AddTransient(typeof(ConnectionType<,>));
        services.AddTransient(typeof(EdgeType<,>));
        services.AddSingleton(AnswerCacheSettings.From(builder.Configuration));
        services.AddSingleton<AnswerCache>();
        services.AddSingleton<ValidatedDocuments>();
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<ValidatedDocuments>());
        services.AddSingleton<PersistedQueries>();
        services.AddSingleton<Caches>();
        services.AddSingleton<QueryBudget>();
        services.AddSingleton<HeavyWorkGate>();
        services.AddSingleton<QueryWarmUp>();
        services.AddGraphQL(b => b
            .AddSchema<OpenDataSchema>()
            .AddGraphTypes(typeof(OpenDataSchema).Assembly)
            .AddExecutionStrategy<AnswerSizeExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddValidationRule(new QueriesOnlyRule())
            // å, ä and ö (and the <mark> of highlights) stay readable rather than \u-escaped; the body is JSON, never HTML.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping));

        services.AddDatabaseHealth();
        services.AddTrustedProxies(builder.Configuration);
        services.AddClientRateLimiting(limits);
        services.AddReadOnlyCors();
        services.AddRestApi();

        var app = builder.Build();
        // The client's own address, where a trusted proxy says it, before anything counts by address.
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        app.UseCors();
        // Before the limiter, so that its refusals carry the fields too.
        app.UseRateLimitFields(limits);
        app.UseRateLimiter();
        // The page for people at / (wwwroot/index.html), where the build has one, and its scripts and styles.
        if (app.Environment.WebRootFileProvider is not Microsoft.Extensions.FileProviders.NullFileProvider)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
        }
        app.MapGraphQLHttp();
        app.MapArchive();
        app.MapExports();
        app.MapReleases();
        app.MapFeeds();
        app.MapCatalog();
        app.MapHealth();
        app.MapApiIndex();
        app.MapRestApi();
        return app;
    }
}
