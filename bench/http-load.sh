#!/usr/bin/env bash
# HTTP load test of the API on a built index, with wrk at 1, 8 and 64 connections over a mixed request list
# (search, filtered search, facets, similar, suggest). Binds to 127.0.0.1 only and stops the server itself.
#
#   bench/http-load.sh --index /tmp/idx1m --corpus /tmp/corpus-1m.jsonl [--port 5099] [--duration 20s]
#                      [--connections "1 8 64"] [--warmup 20s]   (--warmup 0: time a fresh server from its first request)
#                      [--sample 2000]   (distinct requests in the list, cycled; a large sample hardly repeats one)
#
# Build the index first, e.g. `searchengine-tools bench --corpus FILE --index DIR` (keeps the index it builds) or
# `searchengine index --source FILE --index DIR`. Prints requests/s, latency percentiles, non-2xx count and the
# server's resident memory before and after.
set -euo pipefail

INDEX="" CORPUS="" PORT=5099 DURATION=20s CONNECTIONS="1 8 64" SAMPLE=2000 WARMUP=20s
while [[ $# -gt 0 ]]; do
  case "$1" in
    --index) INDEX="$2"; shift 2 ;;
    --corpus) CORPUS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --sample) SAMPLE="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ -n "$INDEX" && -d "$INDEX" ]] || { echo "--index DIR (a built index) is required" >&2; exit 2; }
[[ -n "$CORPUS" && -f "$CORPUS" ]] || { echo "--corpus FILE.jsonl (the indexed corpus, for request values) is required" >&2; exit 2; }

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/http-load.XXXXXX)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v python3 >/dev/null || { apt-get update -qq && apt-get install -y -qq python3 >/dev/null; }

echo "building the API…" >&2
dotnet build "$ROOT/src/SearchEngine.Api" -c Release -v quiet -nologo >/dev/null

# /api/search answers like the page: hits plus all five facet dimensions.
# Request values from a sample of the indexed corpus: title words as queries, real ids, real venues/topics.
python3 - "$CORPUS" "$SAMPLE" > "$WORK/paths.txt" <<'PY'
import json, random, sys, urllib.parse
path, sample = sys.argv[1], int(sys.argv[2])
rng = random.Random(42)
papers = []
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f):
        if len(papers) < sample: papers.append(json.loads(line))
        elif rng.randrange(n + 1) < sample: papers[rng.randrange(sample)] = json.loads(line)
skip = {"the","of","and","a","to","in","we","for","is","that","on","with","this","by","as","are","from","an","our"}
def words(p):
    ws = [w.lower().strip(".,") for w in p["title"].split() if w.lower() not in skip and len(w) > 2]
    return " ".join(rng.sample(ws, min(len(ws), rng.choice([1, 2, 2, 3, 3, 4])))) or p["title"].split()[0]
q = lambda **kv: urllib.parse.urlencode(kv)
for i in range(sample):
    p = rng.choice(papers)
    kind = i % 5
    if kind == 0: print("/api/search?" + q(q=words(p)))
    elif kind == 1: print("/api/search?" + q(q=words(p), year=f"{p.get('year', 2020) - 2}-{p.get('year', 2020)}", topic=p["topics"][0]))
    elif kind == 2:
        extra = {"venue": p["venue"]} if p.get("venue") else {"topic": p["topics"][0]}
        print("/api/facets?" + q(q=words(p), **extra))  # all five facet dimensions, drill-sideways
    elif kind == 3: print(f"/api/papers/{urllib.parse.quote(p['id'])}/similar")
    else: print("/api/suggest?" + q(q=p["title"][:rng.randint(2, 6)].lower()))
PY

echo "starting the API on 127.0.0.1:$PORT…" >&2
dotnet "$ROOT/src/SearchEngine.Api/bin/Release/net10.0/SearchEngine.Api.dll" \
  --urls "http://127.0.0.1:$PORT" --Index:Path "$INDEX" --Index:Sources "" \
  --Logging:LogLevel:Default Warning > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$PORT/ready" >/dev/null 2>&1; then break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server exited:" >&2; cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/ready" >/dev/null || { echo "the server did not become ready" >&2; exit 1; }

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status"; }
echo "server RSS before: $(rss_mb) MiB"
# Warm-up: 20 s of the list, so the timed runs see the steady state: the first requests of a fresh server build
# one-time structures (the author facet's global ordinals, per-segment columns and id tables, feedback term lists)
# and compile code (measured: with a 5 s warm-up the first timed run reached a third of the throughput of later ones).
if [[ "$WARMUP" != "0" ]]; then
  wrk -t 2 -c 8 -d "$WARMUP" -s "$ROOT/bench/mixed.lua" "http://127.0.0.1:$PORT" -- "$WORK/paths.txt" >/dev/null
fi
printf "%-12s %10s %10s %10s %10s %8s %8s\n" connections "req/s" "p50 ms" "p95 ms" "p99 ms" non2xx errors
for c in $CONNECTIONS; do
  threads=$(( c < 2 ? 1 : 2 ))
  line=$(wrk -t "$threads" -c "$c" -d "$DURATION" --timeout 10s -s "$ROOT/bench/mixed.lua" \
    "http://127.0.0.1:$PORT" -- "$WORK/paths.txt" | grep '^RESULT')
  eval "$(echo "$line" | sed 's/^RESULT //')"
  printf "%-12s %10s %10s %10s %10s %8s %8s\n" "$c" "$rps" "$p50" "$p95" "$p99" "$non2xx" "$errors"
done
echo "server RSS after: $(rss_mb) MiB (peak $(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status") MiB)"
