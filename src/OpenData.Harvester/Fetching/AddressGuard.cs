using System.Net;
using System.Net.Sockets;

namespace OpenData.Harvester.Fetching;

/// <summary>
/// Keeps the harvester off loopback, private, link-local and other non-public addresses (SSRF), unless
/// Harvester:AllowPrivateAddresses says otherwise. Checked before a request and again at connect time, on the
/// address actually dialled, so a name that resolves differently the second time (DNS rebinding) gains nothing.
/// </summary>
public sealed class AddressGuard(bool allowPrivate, HostAddressOverrides? overrides = null)
{
    public bool AllowPrivate { get; } = allowPrivate;

    /// <summary>Names dialled at fixed endpoints (the tests' stand-in web); null in production.</summary>
    public HostAddressOverrides? Overrides { get; } = overrides;

    /// <summary>The addresses of <paramref name="host"/> that may be dialled; refuses when there are none.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        IPAddress[] addresses;
        try
        {
            addresses = Overrides is not null && Overrides.TryGet(host, out var mapped) ? [mapped.Address] : IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        }
        catch (SocketException e)
        {
            throw new HttpRequestException($"cannot resolve {host}: {e.Message}", e);
        }
        if (AllowPrivate)
        {
            return addresses;
        }
        var allowed = addresses.Where(IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new FetchRefusedException(
                $"{host} resolves only to non-public addresses ({string.Join(", ", addresses.Select(a => a.ToString()))}); set Harvester:AllowPrivateAddresses to fetch from a local mirror");
        }
        return allowed;
    }

    /// <summary>SocketsHttpHandler's connect step: dial only addresses that pass the guard.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var addresses = await ResolveAsync(context.DnsEndPoint.Host, ct);
        var port = Overrides is not null && Overrides.TryGet(context.DnsEndPoint.Host, out var mapped) ? mapped.Port : context.DnsEndPoint.Port;
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
        }
        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    /// <summary>Whether an address is on the public internet: not loopback, private, link-local, shared, documentation or multicast.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224 ||
                (b[0] == 100 && b[1] >= 64 && b[1] <= 127) ||
                (b[0] == 169 && b[1] == 254) ||
                (b[0] == 172 && b[1] >= 16 && b[1] <= 31) ||
                (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2) ||
                (b[0] == 192 && b[1] == 168) ||
                (b[0] == 198 && b[1] is 18 or 19) ||
                (b[0] == 198 && b[1] == 51 && b[2] == 100) ||
                (b[0] == 203 && b[1] == 0 && b[2] == 113));
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            var nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4..12].All(x => x == 0);
            if (nat64)
            {
                return IsPublic(new IPAddress(b[12..16]));
            }
            return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) ||
                address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast ||
                (b[0] & 0xfe) == 0xfc ||
                (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8));
        }
        return false;
    }
}
