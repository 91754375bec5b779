namespace OpenData.Api.Exports.Releases;

/// <summary>
/// One table of a release's SQLite file, as it is created and as datapackage.json describes it: plain columns with
/// readable names, a primary key, foreign keys to the tables it refers to, and indexes on what one joins or filters by.
/// </summary>
public sealed record PublicTable(
    string Name, string Sv, string En, IReadOnlyList<PublicColumn> Columns, IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<PublicForeignKey> ForeignKeys, IReadOnlyList<string> Indexes)
{
    public string CreateSql() =>
        $"CREATE TABLE {Name} (\n  " +
        string.Join(",\n  ", Columns.Select(c => c.Sql)
            .Append($"PRIMARY KEY ({string.Join(", ", PrimaryKey)})")
            .Concat(ForeignKeys.Select(f => $"FOREIGN KEY ({f.Column}) REFERENCES {f.Table} ({f.TableColumn})"))) +
        "\n)";

    public IEnumerable<string> IndexSql() => Indexes.Select(column => $"CREATE INDEX {Name}_{column} ON {Name} ({column})");
}

/// <summary>
/// A column: its description (name, Frictionless type, meaning in Swedish and English), its SQLite type, and whether
/// it only says when a thing was last read again, which is no change of the data (see <see cref="PublicDatabase"/>).
/// </summary>
public sealed record PublicColumn(DataField Field, string SqlType, bool Required = false, bool Unique = false, bool Reconfirmation = false)
{
    public string Name => Field.Name;

    public string Sql => $"{Name} {SqlType}{(Required ? " NOT NULL" : "")}{(Unique ? " UNIQUE" : "")}";
}

/// <summary>A column that names a row of another table.</summary>
public sealed record PublicForeignKey(string Column, string Table, string TableColumn);
