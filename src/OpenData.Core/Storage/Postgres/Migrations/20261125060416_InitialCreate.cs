using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenData.Core.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArchivedBodies",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    StoredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArchivedBodies", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "HarvestRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Fetched = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    New = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    Failed = table.Column<int>(type: "integer", nullable: false),
                    Gone = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HarvestRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Loften",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Area = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    FirstYear = table.Column<int>(type: "integer", nullable: true),
                    LastYear = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SupersededById = table.Column<int>(type: "integer", nullable: true),
                    FirstSeen = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeen = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Loften", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Loften_Loften_SupersededById",
                        column: x => x.SupersededById,
                        principalTable: "Loften",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Polisregioner",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Polisregioner", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    Host = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Publisher = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CheckEvery = table.Column<TimeSpan>(type: "interval", nullable: false),
                    LinkedFromId = table.Column<int>(type: "integer", nullable: true),
                    NextDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastFetchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ETag = table.Column<string>(type: "text", nullable: true),
                    LastModified = table.Column<string>(type: "text", nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sources_Sources_LinkedFromId",
                        column: x => x.LinkedFromId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Themes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Sv = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    En = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    About = table.Column<string>(type: "text", nullable: true),
                    TaxonomyVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Themes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "LofteYears",
                columns: table => new
                {
                    LofteId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LofteYears", x => new { x.LofteId, x.Year });
                    table.ForeignKey(
                        name: "FK_LofteYears_Loften_LofteId",
                        column: x => x.LofteId,
                        principalTable: "Loften",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Lan",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PolisregionName = table.Column<string>(type: "character varying(64)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lan", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Lan_Polisregioner_PolisregionName",
                        column: x => x.PolisregionName,
                        principalTable: "Polisregioner",
                        principalColumn: "Name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    FetchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    Host = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    HttpStatus = table.Column<int>(type: "integer", nullable: true),
                    ETag = table.Column<string>(type: "text", nullable: true),
                    LastModified = table.Column<string>(type: "text", nullable: true),
                    ContentType = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true),
                    RetryAfter = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attribution = table.Column<string>(type: "text", nullable: true),
                    RecordedFrom = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Snapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Snapshots_ArchivedBodies_Sha256",
                        column: x => x.Sha256,
                        principalTable: "ArchivedBodies",
                        principalColumn: "Sha256");
                    table.ForeignKey(
                        name: "FK_Snapshots_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Kommuner",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LanCode = table.Column<string>(type: "character varying(2)", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kommuner", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Kommuner_Lan_LanCode",
                        column: x => x.LanCode,
                        principalTable: "Lan",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Lokalpolisomraden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    LanCode = table.Column<string>(type: "character varying(2)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lokalpolisomraden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lokalpolisomraden_Lan_LanCode",
                        column: x => x.LanCode,
                        principalTable: "Lan",
                        principalColumn: "Code");
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SnapshotId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    Published = table.Column<DateOnly>(type: "date", nullable: true),
                    Url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    Years = table.Column<List<int>>(type: "integer[]", nullable: false),
                    LokalpolisomradeNames = table.Column<List<string>>(type: "text[]", nullable: false),
                    ExtractorVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_Snapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "Snapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LofteKommuner",
                columns: table => new
                {
                    LofteId = table.Column<int>(type: "integer", nullable: false),
                    KommunCode = table.Column<string>(type: "character varying(4)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LofteKommuner", x => new { x.LofteId, x.KommunCode });
                    table.ForeignKey(
                        name: "FK_LofteKommuner_Kommuner_KommunCode",
                        column: x => x.KommunCode,
                        principalTable: "Kommuner",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LofteKommuner_Loften_LofteId",
                        column: x => x.LofteId,
                        principalTable: "Loften",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourceKommuner",
                columns: table => new
                {
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    KommunCode = table.Column<string>(type: "character varying(4)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceKommuner", x => new { x.SourceId, x.KommunCode });
                    table.ForeignKey(
                        name: "FK_SourceKommuner_Kommuner_KommunCode",
                        column: x => x.KommunCode,
                        principalTable: "Kommuner",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SourceKommuner_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LofteLokalpolisomraden",
                columns: table => new
                {
                    LofteId = table.Column<int>(type: "integer", nullable: false),
                    LokalpolisomradeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LofteLokalpolisomraden", x => new { x.LofteId, x.LokalpolisomradeId });
                    table.ForeignKey(
                        name: "FK_LofteLokalpolisomraden_Loften_LofteId",
                        column: x => x.LofteId,
                        principalTable: "Loften",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LofteLokalpolisomraden_Lokalpolisomraden_LokalpolisomradeId",
                        column: x => x.LokalpolisomradeId,
                        principalTable: "Lokalpolisomraden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LokalpolisomradeKommuner",
                columns: table => new
                {
                    LokalpolisomradeId = table.Column<int>(type: "integer", nullable: false),
                    KommunCode = table.Column<string>(type: "character varying(4)", nullable: false),
                    Confidence = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SeenYear = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LokalpolisomradeKommuner", x => new { x.LokalpolisomradeId, x.KommunCode });
                    table.ForeignKey(
                        name: "FK_LokalpolisomradeKommuner_Kommuner_KommunCode",
                        column: x => x.KommunCode,
                        principalTable: "Kommuner",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LokalpolisomradeKommuner_Lokalpolisomraden_Lokalpolisomrade~",
                        column: x => x.LokalpolisomradeId,
                        principalTable: "Lokalpolisomraden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentKommuner",
                columns: table => new
                {
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    KommunCode = table.Column<string>(type: "character varying(4)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentKommuner", x => new { x.DocumentId, x.KommunCode });
                    table.ForeignKey(
                        name: "FK_DocumentKommuner_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocumentKommuner_Kommuner_KommunCode",
                        column: x => x.KommunCode,
                        principalTable: "Kommuner",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LofteDocuments",
                columns: table => new
                {
                    LofteId = table.Column<int>(type: "integer", nullable: false),
                    DocumentId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LofteDocuments", x => new { x.LofteId, x.DocumentId });
                    table.ForeignKey(
                        name: "FK_LofteDocuments_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LofteDocuments_Loften_LofteId",
                        column: x => x.LofteId,
                        principalTable: "Loften",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Organisation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Promises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LofteId = table.Column<int>(type: "integer", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: true),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Places = table.Column<List<string>>(type: "text[]", nullable: false),
                    FirstSeen = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeen = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Promises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Promises_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Promises_Loften_LofteId",
                        column: x => x.LofteId,
                        principalTable: "Loften",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LofteId = table.Column<int>(type: "integer", nullable: false),
                    PromiseId = table.Column<int>(type: "integer", nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true),
                    FromSnapshotId = table.Column<long>(type: "bigint", nullable: true),
                    ToSnapshotId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Changes_Loften_LofteId",
                        column: x => x.LofteId,
                        principalTable: "Loften",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Changes_Promises_PromiseId",
                        column: x => x.PromiseId,
                        principalTable: "Promises",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Changes_Snapshots_FromSnapshotId",
                        column: x => x.FromSnapshotId,
                        principalTable: "Snapshots",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Changes_Snapshots_ToSnapshotId",
                        column: x => x.ToSnapshotId,
                        principalTable: "Snapshots",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "PromiseActors",
                columns: table => new
                {
                    PromiseId = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromiseActors", x => new { x.PromiseId, x.Actor });
                    table.ForeignKey(
                        name: "FK_PromiseActors_Promises_PromiseId",
                        column: x => x.PromiseId,
                        principalTable: "Promises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PromiseTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PromiseId = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Per = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Unit = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromiseTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromiseTargets_Promises_PromiseId",
                        column: x => x.PromiseId,
                        principalTable: "Promises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PromiseThemes",
                columns: table => new
                {
                    PromiseId = table.Column<int>(type: "integer", nullable: false),
                    ThemeCode = table.Column<string>(type: "character varying(64)", nullable: false),
                    TaxonomyVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DecidedBy = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromiseThemes", x => new { x.PromiseId, x.ThemeCode });
                    table.ForeignKey(
                        name: "FK_PromiseThemes_Promises_PromiseId",
                        column: x => x.PromiseId,
                        principalTable: "Promises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PromiseThemes_Themes_ThemeCode",
                        column: x => x.ThemeCode,
                        principalTable: "Themes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Changes_At_Id",
                table: "Changes",
                columns: new[] { "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Changes_FromSnapshotId",
                table: "Changes",
                column: "FromSnapshotId");

            migrationBuilder.CreateIndex(
                name: "IX_Changes_LofteId",
                table: "Changes",
                column: "LofteId");

            migrationBuilder.CreateIndex(
                name: "IX_Changes_PromiseId",
                table: "Changes",
                column: "PromiseId");

            migrationBuilder.CreateIndex(
                name: "IX_Changes_ToSnapshotId",
                table: "Changes",
                column: "ToSnapshotId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentKommuner_KommunCode",
                table: "DocumentKommuner",
                column: "KommunCode");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_SnapshotId",
                table: "Documents",
                column: "SnapshotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HarvestRuns_StartedAt",
                table: "HarvestRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Kommuner_LanCode",
                table: "Kommuner",
                column: "LanCode");

            migrationBuilder.CreateIndex(
                name: "IX_Kommuner_Name",
                table: "Kommuner",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Lan_PolisregionName",
                table: "Lan",
                column: "PolisregionName");

            migrationBuilder.CreateIndex(
                name: "IX_LofteDocuments_DocumentId",
                table: "LofteDocuments",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_LofteKommuner_KommunCode",
                table: "LofteKommuner",
                column: "KommunCode");

            migrationBuilder.CreateIndex(
                name: "IX_LofteLokalpolisomraden_LokalpolisomradeId",
                table: "LofteLokalpolisomraden",
                column: "LokalpolisomradeId");

            migrationBuilder.CreateIndex(
                name: "IX_Loften_Key",
                table: "Loften",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Loften_Status_LastYear",
                table: "Loften",
                columns: new[] { "Status", "LastYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Loften_SupersededById",
                table: "Loften",
                column: "SupersededById");

            migrationBuilder.CreateIndex(
                name: "IX_LofteYears_Year",
                table: "LofteYears",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_LokalpolisomradeKommuner_KommunCode",
                table: "LokalpolisomradeKommuner",
                column: "KommunCode");

            migrationBuilder.CreateIndex(
                name: "IX_Lokalpolisomraden_LanCode",
                table: "Lokalpolisomraden",
                column: "LanCode");

            migrationBuilder.CreateIndex(
                name: "IX_Lokalpolisomraden_Name",
                table: "Lokalpolisomraden",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_DocumentId",
                table: "People",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_People_Name",
                table: "People",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_PromiseActors_Actor",
                table: "PromiseActors",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_Promises_DocumentId",
                table: "Promises",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Promises_Key",
                table: "Promises",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Promises_LofteId_Ordinal",
                table: "Promises",
                columns: new[] { "LofteId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_PromiseTargets_PromiseId",
                table: "PromiseTargets",
                column: "PromiseId");

            migrationBuilder.CreateIndex(
                name: "IX_PromiseThemes_ThemeCode",
                table: "PromiseThemes",
                column: "ThemeCode");

            migrationBuilder.CreateIndex(
                name: "IX_Snapshots_Host_FetchedAt",
                table: "Snapshots",
                columns: new[] { "Host", "FetchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Snapshots_Sha256",
                table: "Snapshots",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_Snapshots_SourceId_FetchedAt",
                table: "Snapshots",
                columns: new[] { "SourceId", "FetchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SourceKommuner_KommunCode",
                table: "SourceKommuner",
                column: "KommunCode");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Key",
                table: "Sources",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_LinkedFromId",
                table: "Sources",
                column: "LinkedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Status_NextDueAt",
                table: "Sources",
                columns: new[] { "Status", "NextDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Url",
                table: "Sources",
                column: "Url");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Changes");

            migrationBuilder.DropTable(
                name: "DocumentKommuner");

            migrationBuilder.DropTable(
                name: "HarvestRuns");

            migrationBuilder.DropTable(
                name: "LofteDocuments");

            migrationBuilder.DropTable(
                name: "LofteKommuner");

            migrationBuilder.DropTable(
                name: "LofteLokalpolisomraden");

            migrationBuilder.DropTable(
                name: "LofteYears");

            migrationBuilder.DropTable(
                name: "LokalpolisomradeKommuner");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "PromiseActors");

            migrationBuilder.DropTable(
                name: "PromiseTargets");

            migrationBuilder.DropTable(
                name: "PromiseThemes");

            migrationBuilder.DropTable(
                name: "SourceKommuner");

            migrationBuilder.DropTable(
                name: "Lokalpolisomraden");

            migrationBuilder.DropTable(
                name: "Promises");

            migrationBuilder.DropTable(
                name: "Themes");

            migrationBuilder.DropTable(
                name: "Kommuner");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "Loften");

            migrationBuilder.DropTable(
                name: "Lan");

            migrationBuilder.DropTable(
                name: "Snapshots");

            migrationBuilder.DropTable(
                name: "Polisregioner");

            migrationBuilder.DropTable(
                name: "ArchivedBodies");

            migrationBuilder.DropTable(
                name: "Sources");
        }
    }
}
