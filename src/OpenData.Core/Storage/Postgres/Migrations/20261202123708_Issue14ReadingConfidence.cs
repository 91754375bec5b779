using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Core.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issue14ReadingConfidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "Documents",
                type: "double precision",
                nullable: false,
                // Readings stored before confidence existed count as certain until `reread` (extract-4) judges them.
                defaultValue: 1.0);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "Documents",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionReviewedBy",
                table: "Documents",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UncertainReasons",
                table: "Documents",
                type: "character varying(512)",
                maxLength: 512,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "CorrectionReason",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "CorrectionReviewedBy",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "UncertainReasons",
                table: "Documents");
        }
    }
}
