using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Core.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LiveHarvesting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RetryAfter",
                table: "Snapshots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Fingerprint",
                table: "Documents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetryAfter",
                table: "Snapshots");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "Documents");
        }
    }
}
