#!/usr/bin/env python3
"""Theme counts by year, län and kommun on a national-scale database: are the schema's indexes enough?

    bench/theme-counts/run [--loften-per-kommun 10] [--promises 10]

Creates a database with the project's own migrations (the harvester's offline import into a temporary file), adds
synthetic löften for every kommun (one a year, each with its promises and 1-3 themes), then times the counting
queries that the API's `themes` and `compare` serve, and prints each figure with SQLite's query plan.
"""
import argparse, os, random, sqlite3, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

QUERIES = {
    "by theme and year (2017-2024)": """
        SELECT pt.ThemeCode, ly.Year, COUNT(DISTINCT p.Id) FROM PromiseThemes pt
        JOIN Promises p ON p.Id = pt.PromiseId JOIN LofteYears ly ON ly.LofteId = p.LofteId
        WHERE p.WithdrawnAt IS NULL AND ly.Year BETWEEN 2017 AND 2024 GROUP BY pt.ThemeCode, ly.Year""",
    "one theme by län and year": """
        SELECT k.LanCode, ly.Year, COUNT(DISTINCT p.Id) FROM PromiseThemes pt
        JOIN Promises p ON p.Id = pt.PromiseId JOIN LofteYears ly ON ly.LofteId = p.LofteId
        JOIN LofteKommuner lk ON lk.LofteId = p.LofteId JOIN Kommuner k ON k.Code = lk.KommunCode
        WHERE pt.ThemeCode = 'narkotika' AND p.WithdrawnAt IS NULL GROUP BY k.LanCode, ly.Year""",
    "one kommun by theme and year": """
        SELECT pt.ThemeCode, ly.Year, COUNT(DISTINCT p.Id) FROM LofteKommuner lk
        JOIN Promises p ON p.LofteId = lk.LofteId JOIN PromiseThemes pt ON pt.PromiseId = p.Id
        JOIN LofteYears ly ON ly.LofteId = p.LofteId
        WHERE lk.KommunCode = '0180' AND p.WithdrawnAt IS NULL GROUP BY pt.ThemeCode, ly.Year""",
    "compare kommuner on one theme (all kommuner, one year)": """
        SELECT lk.KommunCode, COUNT(DISTINCT p.Id) FROM PromiseThemes pt
        JOIN Promises p ON p.Id = pt.PromiseId JOIN LofteYears ly ON ly.LofteId = p.LofteId AND ly.Year = 2022
        JOIN LofteKommuner lk ON lk.LofteId = p.LofteId
        WHERE pt.ThemeCode = 'trafik' AND p.WithdrawnAt IS NULL GROUP BY lk.KommunCode""",
}


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--loften-per-kommun", type=int, default=10, help="one a year from 2015")
    args.add_argument("--promises", type=int, default=10, help="promises per löfte")
    args.add_argument("--repeat", type=int, default=5)
    a = args.parse_args()
    random.seed(7)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "bench.db")
        subprocess.run(["dotnet", "run", "--project", str(ROOT / "src/OpenData.Harvester"), "--", "harvest", "--offline",
                        "--database", f"Data Source={db_path}"], check=True, capture_output=True)
        db = sqlite3.connect(db_path)
        kommuner = [r[0] for r in db.execute("SELECT Code FROM Kommuner")]
        themes = [r[0] for r in db.execute("SELECT Code FROM Themes")]
        document = db.execute("SELECT MIN(Id) FROM Documents").fetchone()[0]
        now = "2026-01-01 00:00:00"
        promise_no = 0
        with db:
            for kommun in kommuner:
                for i in range(a.loften_per_kommun):
                    year = 2015 + i
                    cur = db.execute("INSERT INTO Loften (Key, FirstYear, LastYear, Status, FirstSeen, LastSeen) VALUES (?,?,?,?,?,?)",
                                     (f"bench/{kommun}/{year}", year, year, "Current", now, now))
                    lofte = cur.lastrowid
                    db.execute("INSERT INTO LofteKommuner (LofteId, KommunCode) VALUES (?,?)", (lofte, kommun))
                    db.execute("INSERT INTO LofteYears (LofteId, Year) VALUES (?,?)", (lofte, year))
                    for n in range(a.promises):
                        promise_no += 1
                        cur = db.execute("INSERT INTO Promises (Key, LofteId, Ordinal, Text, DocumentId, Places, FirstSeen, LastSeen) "
                                         "VALUES (?,?,?,?,?,?,?,?)", (f"bench{promise_no}", lofte, n + 1, "text", document, "[]", now, now))
                        for code in random.sample(themes, random.randint(1, 3)):
                            db.execute("INSERT INTO PromiseThemes (PromiseId, ThemeCode, TaxonomyVersion, DecidedBy) VALUES (?,?,?,?)",
                                       (cur.lastrowid, code, "themes-v1", "[]"))
        db.execute("ANALYZE")
        counts = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("Loften", "Promises", "PromiseThemes")}
        print(f"database: {counts['Loften']} löften, {counts['Promises']} promises, {counts['PromiseThemes']} promise themes, "
              f"{len(kommuner)} kommuner")
        for name, sql in QUERIES.items():
            best = min(timed(db, sql) for _ in range(a.repeat))
            rows = len(db.execute(sql).fetchall())
            plan = "; ".join(r[3] for r in db.execute("EXPLAIN QUERY PLAN " + sql))
            print(f"{name:55} {best * 1000:8.1f} ms  {rows:5} rows   plan: {plan}")


def timed(db, sql):
    start = time.perf_counter()
    db.execute(sql).fetchall()
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
