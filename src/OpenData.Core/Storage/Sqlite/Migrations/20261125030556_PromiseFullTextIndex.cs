using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Core.Storage.Sqlite.Migrations
{
    /// <summary>The FTS5 index of promise search text and the triggers that keep it in step (raw SQL, so a migration of its own).</summary>
    public partial class PromiseFullTextIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PromiseSearchIndex.CreateTable);
            migrationBuilder.Sql(PromiseSearchIndex.CreateTriggers);
            migrationBuilder.Sql(PromiseSearchIndex.Rebuild);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PromiseSearchIndex.Drop);
        }
    }
}
