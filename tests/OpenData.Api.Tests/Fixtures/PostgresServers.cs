using OpenData.Core.Storage;

namespace OpenData.Api.Tests.Fixtures;

/// <summary>The API over the recorded archive on PostgreSQL.</summary>
public class PostgresApiServer : ApiServer
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>The API over the recorded archive and the tests' own löften, on PostgreSQL.</summary>
public class PostgresRichDataServer : RichDataServer
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
