#!/usr/bin/env bash
# The API under load: three GraphQL queries (a kommun with its löften and promises; compare of 10 kommuner; a
# search), each against the same server returning a static JSON file of the same size (the ceiling: what the
# server does without GraphQL or the database). wrk on loopback, 30 s per run at 32 connections. First on the
# embedded default (data/archive), then on 100× the löften written by bench/api/SyntheticData through the real
# schema. Prints requests/s, p50 and p99 latency and each query's throughput as a fraction of its ceiling.
#
#   bench/api/run.sh                       # the full run on SQLite (about 11 minutes)
#   PROVIDER=postgres bench/api/run.sh     # the same on PostgreSQL (a throw-away cluster in bench/out)
#   DURATION=5s bench/api/run.sh           # a quick look
# Settings: DURATION (30s), WARMUP (10s, unmeasured, each query and file first), CONNECTIONS (32), THREADS (2), PORT (5391), LOFTEN (700: 100 × the default's 7).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
out=$root/bench/out/api
duration=${DURATION:-30s}
warmup=${WARMUP:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
port=${PORT:-5391}
loften=${LOFTEN:-700}
provider=${PROVIDER:-sqlite}
base=http://127.0.0.1:$port

if ! command -v wrk >/dev/null; then
  echo "== installing wrk (Debian package)" >&2
  apt-get update -qq >&2 && apt-get install -y -qq wrk >&2
fi
out=$out/$provider
rm -rf "$out" && mkdir -p "$out/static" "$out/queries"

echo "== building (Release)" >&2
dotnet build -c Release -v q -nologo src/OpenData.Api >&2
dotnet build -c Release -v q -nologo bench/api/SyntheticData >&2
api=$root/src/OpenData.Api/bin/Release/net10.0/OpenData.Api
generator=$root/bench/api/SyntheticData/bin/Release/net10.0/SyntheticData

# The database, by provider: a SQLite file in bench/out, or a database on a throw-away PostgreSQL cluster there.
pg_bin=""
pg_port=${PG_PORT:-55391}
pg_as=()
if [ "$provider" = postgres ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$pg_bin" ]; then
    echo "== installing postgresql (Debian package)" >&2
    apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends postgresql >&2
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  # initdb will not run as root: the cluster belongs to the postgres user.
  [ "$(id -u)" = 0 ] && pg_as=(runuser -u postgres --)
  chmod 777 "$out"
  "${pg_as[@]}" "$pg_bin/initdb" -D "$out/pgdata" -A trust -U opendata -E UTF8 --locale=C.UTF-8 >/dev/null
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$out/pgdata" -l "$out/postgres.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $out -c shared_buffers=256MB" >/dev/null
fi
stop_postgres() { [ -n "$pg_bin" ] && "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$out/pgdata" -m fast -w stop >/dev/null 2>&1 || true; }
pg_url() { echo "Host=127.0.0.1;Port=$pg_port;Username=opendata;Database=$1"; }
database_settings() {
  if [ "$provider" = postgres ]; then
    printf '%s\n' --Database:Provider Postgres --ConnectionStrings:OpenData "$(pg_url "$1")"
  else
    printf '%s\n' --ConnectionStrings:OpenData "Data Source=$1"
  fi
}
counts() {
  if [ "$provider" = postgres ]; then
    psql -h 127.0.0.1 -p "$pg_port" -U opendata -d "$1" -Atc \
      "select 'Loften ' || (select count(*) from \"Loften\") || ', Promises ' || (select count(*) from \"Promises\") || ', Documents ' || (select count(*) from \"Documents\") || ', Changes ' || (select count(*) from \"Changes\")"
  else
    python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(', '.join(f'{t} {c.execute(f\"select count(*) from {t}\").fetchone()[0]}' for t in ['Loften','Promises','Documents','Changes']))" "$1"
  fi
}

server=""
start_server() {
  if curl -s "$base/healthz" >/dev/null 2>&1; then
    echo "something already listens on $base: stop it or set PORT" >&2
    exit 1
  fi
  local settings; mapfile -t settings < <(database_settings "$1")
  "$api" --urls "$base" "${settings[@]}" --OpenData:DataDirectory "$root/data" \
    --OpenData:Api:RequestsPerMinute 0 --webroot "$out/static" --Logging:LogLevel:Default Warning >>"$out/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -sf "$base/healthz" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the API did not start; see $out/server.log" >&2
  exit 1
}
stop_server() {
  kill "$server" && wait "$server" 2>/dev/null || true
  server=""
}
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; stop_postgres' EXIT

# The three queries, as POST bodies.
python3 - "$out/queries" <<'PY'
import json, sys, os
kommun = """query($code: String!) { kommun(code: $code) { code name lan { name polisregion }
  loften { years status promises { text actors themes { code sv } targets { count per unit } places }
           documents { kind title snapshot { fetchedAt url sha256 archiveUrl } } } } }"""
compare = """query($kommuner: [String!]!) { compare(kommuner: $kommuner) { kommuner { code name }
  cells { kommun { code } theme { code } promiseCount promises { text } } } }"""
search = """query($search: String!) { promises(search: $search, first: 20) {
  totalCount nodes { text highlight score lofte { years kommuner { name } } } } }"""
bodies = {
  "kommun": {"query": kommun, "variables": {"code": "2463"}},
  "compare": {"query": compare, "variables": {"kommuner": ["2463", "1980", "1960", "1983", "1984", "1214", "2303", "2305", "2309", "2313"]}},
  "search": {"query": search, "variables": {"search": "trygghet"}},
}
for name, body in bodies.items():
    with open(os.path.join(sys.argv[1], name + ".json"), "w", encoding="utf-8") as f:
        json.dump(body, f, ensure_ascii=False)
PY

# wrk's summary as: requests/s p50-ms p99-ms non-2xx
run_wrk() {
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" | python3 "$root/bench/api/wrk_summary.py"
}

bench_dataset() {
  local name=$1 db=$2
  start_server "$db"
  echo "== $name on $provider: $(counts "$db")" \
    "; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
  # Warm up every query and its static file (JIT, caches) before measuring, as a server up a while would be.
  for query in kommun compare search; do
    curl -sf "$base/graphql" -H 'Content-Type: application/json' --data-binary "@$out/queries/$query.json" -o "$out/static/$query.json"
    BODY_FILE=$out/queries/$query.json wrk -t"$threads" -c"$connections" -d"$warmup" -s "$root/bench/api/post.lua" "$base/graphql" >/dev/null
    wrk -t"$threads" -c"$connections" -d"$warmup" "$base/$query.json" >/dev/null
  done
  printf "%-8s %8s %10s %9s %9s %11s %9s %9s %9s\n" query bytes "req/s" "p50 ms" "p99 ms" "static r/s" "p50 ms" "p99 ms" "fraction"
  for query in kommun compare search; do
    local body=$out/queries/$query.json
    # The static ceiling: the query's own response, served as a file.
    curl -sf "$base/graphql" -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' \
      --data-binary "@$body" -o "$out/static/$query.json"
    if grep -q '"errors"' "$out/static/$query.json"; then
      echo "$query failed: $(head -c 400 "$out/static/$query.json")" >&2
      exit 1
    fi
    local size; size=$(stat -c %s "$out/static/$query.json")
    read -r rps p50 p99 bad sock < <(BODY_FILE=$body run_wrk -s "$root/bench/api/post.lua" "$base/graphql")
    read -r srps sp50 sp99 sbad ssock < <(run_wrk "$base/$query.json")
    printf "%-8s %8d %10.1f %9.2f %9.2f %11.1f %9.2f %9.2f %9.3f" "$query" "$size" "$rps" "$p50" "$p99" "$srps" "$sp50" "$sp99" \
      "$(python3 -c "print($rps / $srps)")"
    if [ "$bad" != 0 ] || [ "$sbad" != 0 ]; then printf "  (non-2xx: %s / %s)" "$bad" "$sbad"; fi
    if [ "$sock" != "-" ] || [ "$ssock" != "-" ]; then printf "  (socket errors: %s / %s)" "$sock" "$ssock"; fi
    printf "\n"
  done
  stop_server
}

echo "== preparing the embedded default (data/archive imported at first start)" >&2
if [ "$provider" = postgres ]; then
  default=bench_default x100=bench_x100
  psql -h 127.0.0.1 -p "$pg_port" -U opendata -d postgres -qc "create database $default" >&2
  start_server "$default"
  stop_server
  psql -h 127.0.0.1 -p "$pg_port" -U opendata -d postgres -qc "create database $x100 template $default" >&2
  echo "== generating 100× the löften ($loften) through the real schema" >&2
  "$generator" --provider Postgres --database "$(pg_url $x100)" --loften "$loften" --data "$root/data" >&2
else
  default=$out/default.db x100=$out/x100.db
  start_server "$default"
  stop_server
  cp "$default" "$x100"
  echo "== generating 100× the löften ($loften) through the real schema" >&2
  "$generator" --database "$x100" --loften "$loften" --data "$root/data" >&2
fi

exec > >(tee "$out/results.txt")
echo "bench/api: wrk -t$threads -c$connections -d$duration on loopback; the machine is shared (2 cores, other work running), so compare fractions rather than absolutes"
bench_dataset "embedded default" "$default"
bench_dataset "100× löften" "$x100"
