using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Core.Storage.Postgres.Migrations
{
    /// <summary>The full-text index of promises: a generated tsvector (swedish) over SearchText, and its GIN index.</summary>
    public partial class PromiseSearchVector : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Postgres.PromiseSearchVector.Create);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Postgres.PromiseSearchVector.Drop);
    }
}
