using System.Net;
using System.Net.Sockets;

namespace OpenData.Api.Protection;

/// <summary>
/// Who a request counts against: its client's address (the trusted proxies' X-Forwarded-For already applied). An
/// IPv6 client counts by its /64, the block one subscriber is given, so that rotating addresses within it does not
/// buy a fresh quota each time.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
