using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using OpenData.Api.Archive;
using OpenData.Api.Features.Documents;
using OpenData.Api.Features.Kommuner;
using OpenData.Api.Features.Loften;
using OpenData.Api.Features.Promises;
using OpenData.Api.GraphQL;
using OpenData.Api.GraphQL.Types;
using OpenData.Core.Storage;
using OpenData.Harvester;

namespace OpenData.Api;

/// <summary>Composes the API: storage, the query features, the GraphQL schema and the HTTP endpoints.</summary>
public static class ApiApplication
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json travels with the build output; the working directory is wherever `dotnet run` started.
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);

        var services = builder.Services;
        services.AddOpenDataStorage(builder.Configuration);
        services.AddOfflineHarvesting();
        services.AddSingleton<KommunQueries>();
        services.AddSingleton<LofteQueries>();
        services.AddSingleton<PromiseQueries>();
        services.AddSingleton<DocumentQueries>();
        services.AddScoped<Loaders>();

        services.AddTransient(typeof(ConnectionType<,>));
        services.AddTransient(typeof(EdgeType<,>));
        services.AddGraphQL(b => b
            .AddSchema<OpenDataSchema>()
            .AddGraphTypes(typeof(OpenDataSchema).Assembly)
            // å, ä and ö stay readable in responses rather than \u00e5-escaped.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All)));

        var app = builder.Build();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGraphQLHttp();
        app.MapArchive();
        return app;
    }
}
