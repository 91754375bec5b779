using System.Text;

namespace OpenData.Testing.Web;

/// <summary>The local site's answers: pages, and the faults real websites have.</summary>
public static class Respond
{
    public const string HtmlUtf8 = "text/html; charset=utf-8";

    /// <summary>A page, answering a matching If-None-Match or If-Modified-Since with 304.</summary>
    public static SiteResponse Page(byte[] body, string? contentType, string? etag = null, DateTimeOffset? lastModified = null) => async context =>
    {
        var request = context.Request.Headers;
        var response = context.Response;
        if (etag is not null)
        {
            response.Headers.ETag = etag;
        }
        if (lastModified is { } modified)
        {
            response.Headers.LastModified = modified.ToString("R");
        }
        var notModified = (etag is not null && request.IfNoneMatch.ToString() == etag) ||
            (etag is null && lastModified is { } lm && DateTimeOffset.TryParse(request.IfModifiedSince.ToString(), out var since) && since >= lm);
        if (notModified)
        {
            response.StatusCode = 304;
            return 0;
        }
        if (contentType is not null)
        {
            response.ContentType = contentType;
        }
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
        return body.Length;
    };

    public static SiteResponse Html(string html, string? etag = null) => Page(Encoding.UTF8.GetBytes(html), HtmlUtf8, etag);

    public static SiteResponse Text(string text, string contentType = "text/plain; charset=utf-8") => Page(Encoding.UTF8.GetBytes(text), contentType);

    public static SiteResponse Status(int status, TimeSpan? retryAfter = null) => context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return Task.FromResult(0L);
    };

    public static SiteResponse Redirect(string location, int status = 301) => context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.FromResult(0L);
    };

    /// <summary>The connection is dropped without an answer.</summary>
    public static SiteResponse Reset() => context =>
    {
        context.Abort();
        return Task.FromResult(0L);
    };

    /// <summary>Promises the whole body in Content-Length, sends half, and drops the connection.</summary>
    public static SiteResponse Truncated(byte[] body, string contentType) => async context =>
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        var half = body.Length / 2;
        await context.Response.Body.WriteAsync(body.AsMemory(0, half));
        await context.Response.Body.FlushAsync();
        context.Abort();
        return half;
    };

    /// <summary>
    /// Takes <paramref name="takes"/> on the virtual clock before answering: the clock is moved on that far, so a
    /// client whose timeout is shorter gives up, and the site waits for it to hang up (a few real seconds at most).
    /// </summary>
    public static SiteResponse Slow(VirtualClock clock, TimeSpan takes, SiteResponse then) => async context =>
    {
        clock.Advance(takes);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
        return await then(context);
    };

    /// <summary>A body of <paramref name="bytes"/> bytes without Content-Length, sent until done or the client hangs up.</summary>
    public static SiteResponse Endless(long bytes, string contentType = HtmlUtf8) => async context =>
    {
        context.Response.ContentType = contentType;
        var block = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>medborgarlöfte</p>\n", 4096)));
        long sent = 0;
        try
        {
            while (sent < bytes && !context.RequestAborted.IsCancellationRequested)
            {
                var size = (int)Math.Min(block.Length, bytes - sent);
                // The pipe's flush result tells when the client has gone: nothing after that counts as sent.
                var flushed = await context.Response.BodyWriter.WriteAsync(block.AsMemory(0, size), context.RequestAborted);
                if (flushed.IsCompleted || flushed.IsCanceled)
                {
                    break;
                }
                sent += size;
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // The client hung up: what it refused is what this fault is for.
        }
        return sent;
    };

    /// <summary>A gzip-encoded body, as served (the bytes are already compressed).</summary>
    public static SiteResponse Gzipped(byte[] compressed, string contentType = HtmlUtf8) => async context =>
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.ContentEncoding = "gzip";
        context.Response.ContentLength = compressed.Length;
        await context.Response.Body.WriteAsync(compressed, context.RequestAborted);
        return compressed.Length;
    };
}
