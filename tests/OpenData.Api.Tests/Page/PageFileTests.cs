using System.Net;

using OpenData.Api.Tests.Fixtures;

namespace OpenData.Api.Tests.Page;

/// <summary>The files a browser asks for on its own.</summary>
public class PageFileTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task The_browser_finds_a_favicon()
    {
        var icon = await api.Client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);
        var bytes = await icon.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // an ICO file's header
    }
}
