using Microsoft.AspNetCore.Http;

namespace OpenData.Testing.Web;

/// <summary>How the local site answers one request; returns the body bytes it sent.</summary>
public delegate Task<long> SiteResponse(HttpContext context);
