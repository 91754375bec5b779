using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Harvester.Fetching;
using OpenData.Testing;

namespace OpenData.Harvester.Tests.Fetching;

public class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    public void Non_public_addresses_are_recognised(string address) => Assert.False(AddressGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("151.177.1.1")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2a00:1450:4001::1")]
    public void Public_addresses_pass(string address) => Assert.True(AddressGuard.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_unless_private_addresses_are_allowed()
    {
        var e = await Assert.ThrowsAsync<FetchRefusedException>(() => new AddressGuard(allowPrivate: false).ResolveAsync("localhost", CancellationToken.None));

        Assert.Contains("resolves only to non-public addresses", e.Message);
        Assert.NotEmpty(await new AddressGuard(allowPrivate: true).ResolveAsync("localhost", CancellationToken.None));
    }

    [Fact]
    public void The_harvester_as_configured_resolves_every_name_through_dns_and_the_guard()
    {
        // The stand-in web's host map is a test's addition: the harvester's own services never hold one.
        using var host = HarvesterHost.Build(new GlobalOptions(RepositoryPaths.Data.Root, "Data Source=:memory:", Verbose: false));

        var guard = host.Services.GetRequiredService<AddressGuard>();

        Assert.Null(guard.Overrides);
        Assert.Null(host.Services.GetService<HostAddressOverrides>());
        Assert.False(guard.AllowPrivate);
    }

    [Fact]
    public async Task A_mapped_name_is_dialled_at_its_endpoint_and_still_guarded()
    {
        var map = new HostAddressOverrides(new Dictionary<string, IPEndPoint> { ["polisen.se"] = new(IPAddress.Loopback, 5000) });

        Assert.Equal([IPAddress.Loopback], await new AddressGuard(allowPrivate: true, map).ResolveAsync("polisen.se", CancellationToken.None));
        await Assert.ThrowsAsync<FetchRefusedException>(() => new AddressGuard(allowPrivate: false, map).ResolveAsync("polisen.se", CancellationToken.None));
    }
}
