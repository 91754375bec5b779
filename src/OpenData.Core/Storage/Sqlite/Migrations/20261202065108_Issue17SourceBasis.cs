using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Core.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue17SourceBasis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "Sources",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Basis",
                table: "Sources",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FoundBy",
                table: "Sources",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SeenYears",
                table: "Sources",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Area",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Basis",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "FoundBy",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "SeenYears",
                table: "Sources");
        }
    }
}
