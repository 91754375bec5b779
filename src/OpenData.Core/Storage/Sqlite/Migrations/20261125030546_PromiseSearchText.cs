using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Core.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PromiseSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Promises",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Promises");
        }
    }
}
