using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace OpenData.Api.Protection;

/// <summary>
/// Behind a load balancer every request comes from the balancer: <c>OpenData:Api:TrustedProxies</c> (addresses or
/// networks, comma-separated: "10.0.0.5, 10.1.0.0/16") names the proxies whose X-Forwarded-For and
/// X-Forwarded-Proto are believed, so that the per-client rate limit counts clients. Nobody else's headers are: with
/// none named (the default) X-Forwarded-* is ignored altogether, since ASP.NET believes every sender when its lists
/// of known proxies are empty.
/// </summary>
public static class TrustedProxies
{
    public const string ConfigurationKey = ApiLimits.Section + ":TrustedProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var listed = (configuration[ConfigurationKey] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            // Each hop is believed only when the one after it is trusted, so a chain of trusted proxies (a CDN before
            // a balancer) is followed back to the client, and no further.
            options.ForwardLimit = null;
            foreach (var entry in listed)
            {
                if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(entry, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException($"{ConfigurationKey}: '{entry}' is neither an address nor a network (10.1.0.0/16).");
                }
            }
        });
        return services;
    }

    /// <summary>Reads X-Forwarded-For and X-Forwarded-Proto from the trusted proxies; with none named, does nothing.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0 ? app : app.UseForwardedHeaders();
    }
}
