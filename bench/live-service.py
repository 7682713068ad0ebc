#!/usr/bin/env python3
"""Measures the live-service claims of docs/api.md on a built index (standard library only).

    bench/live-service.py --index DIR --sources DIR [--port 5098] [--rebuilds 3] [--kills 5] [--only writes,bulk]
                          [--api PUBLISHED/SearchEngine.Api.dll] [--cli PUBLISHED/searchengine.dll] [--embeddings auto|on|off]

Starts the API (the build output, or a published one with --api/--cli) on 127.0.0.1 and reports:
  rebuilds  requests during N consecutive `searchengine index` runs in another process: errors, max latency
  writes    single POSTs: acknowledged = durable and visible; latency p50/p99; visibility re-checked by a search
  bulk      one NDJSON POST of 20,000 papers: papers/s
  stall     eight 64-word fuzzy queries at once: status and time of each; a cheap search loop beside them: p50/p99
  selfbuild requests during the server's own background rebuild (its sources changed): errors, max latency
  kills     SIGKILL of the server with writes in flight, restart, acknowledged writes lost
Build first: dotnet build src/SearchEngine.Api -c Release && dotnet build src/SearchEngine.Cli -c Release.
"""
import argparse, json, os, random, signal, subprocess, sys, threading, time, urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
API = os.path.join(ROOT, "src/SearchEngine.Api/bin/Release/net10.0/SearchEngine.Api.dll")
CLI = os.path.join(ROOT, "src/SearchEngine.Cli/bin/Release/net10.0/searchengine.dll")
KEY = "bench-key"
# why: embedding 50,000 papers takes far longer than indexing them; "off" measures serving beside plain rebuilds.
EMBEDDINGS = "auto"


def request(port, method, path, body=None, ctype=None, timeout=60):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method=method)
    if ctype:
        req.add_header("Content-Type", ctype)
    if method in ("POST", "DELETE"):
        req.add_header("Authorization", f"Bearer {KEY}")
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            data = r.read()
            return r.status, data, time.perf_counter() - start
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.perf_counter() - start
    except Exception as e:  # connection refused/reset: counted as an error
        return 0, str(e).encode(), time.perf_counter() - start


def pct(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


class Server:
    def __init__(self, port, index, sources=""):
        self.port = port
        self.proc = subprocess.Popen(
            ["dotnet", API, "--urls", f"http://127.0.0.1:{port}", f"--Index:Path={index}", f"--Index:Sources={sources}",
             f"--Api:WriteKeys={KEY}", f"--Index:Embeddings={EMBEDDINGS}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 120
        while time.time() < deadline:
            if request(port, "GET", "/ready", timeout=2)[0] == 200:
                return
            time.sleep(0.1)
        raise SystemExit("server did not become ready")

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait()


def words_of(sources, n=400):
    words = set()
    for name in os.listdir(sources):
        with open(os.path.join(sources, name), encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i > 2000:
                    break
                for w in json.loads(line).get("title", "").split():
                    if len(w) >= 9 and w.isalpha():
                        words.add(w.lower())
    return sorted(words)[:n]


def probe_loops(port, words, stats, stop):
    """Two search loops and a /health + /api/stats probe every 50 ms, until stop is set."""

    def searcher():
        while not stop.is_set():
            status, body, took = request(port, "GET", "/api/search?q=" + random.choice(words))
            stats["search"].append(took)
            if status != 200:
                stats["errors"].append((status, body[:200]))

    def health():
        while not stop.is_set():
            status, _, took = request(port, "GET", "/health")
            stats["health"].append(took)
            if status != 200:
                stats["errors"].append((status, b"health"))
            status, body, _ = request(port, "GET", "/api/stats")
            if status == 200:
                stats["generations"].add(json.loads(body)["generation"])
            time.sleep(0.05)

    threads = [threading.Thread(target=searcher) for _ in range(2)] + [threading.Thread(target=health)]
    for t in threads:
        t.start()
    return threads


def summary(stats):
    return (f"{len(stats['search'])} searches, {len(stats['errors'])} errors, search max {max(stats['search'])*1000:.0f} ms "
            f"p99 {pct(stats['search'], 99)*1000:.0f} ms; health max {max(stats['health'])*1000:.0f} ms "
            f"p99 {pct(stats['health'], 99)*1000:.1f} ms ({len(stats['health'])} probes); generations served {sorted(stats['generations'])}")


def rebuilds(port, index, sources, count, words):
    stop = threading.Event()
    stats = {"search": [], "health": [], "errors": [], "generations": set()}
    threads = probe_loops(port, words, stats, stop)
    builds = []
    for _ in range(count):
        start = time.perf_counter()
        subprocess.run(["dotnet", CLI, "index", "--source", sources, "--index", index, "--wait", "600",
                        "--embeddings", EMBEDDINGS],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        builds.append(time.perf_counter() - start)
    time.sleep(2)
    stop.set()
    for t in threads:
        t.join()
    print(f"rebuilds: {count} builds of {', '.join(f'{b:.0f}' for b in builds)} s; {summary(stats)}")
    for e in stats["errors"][:5]:
        print("  error:", e)


def selfbuild(port, index, sources, words):
    # why: the sources plus one extra paper differ from what the index was built from, so the server serves the
    # index it has and rebuilds in the background; the figure ends when it serves the new generation.
    extra = os.path.join(os.path.dirname(os.path.abspath(index)), "selfbuild-extra.jsonl")
    with open(extra, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": f"selfbuild-{time.time_ns()}", "title": "Selfbuild marker paper"}) + "\n")
    server = Server(port, index, f"{sources};{extra}")
    stop = threading.Event()
    stats = {"search": [], "health": [], "errors": [], "generations": set()}
    try:
        first = json.loads(request(port, "GET", "/api/stats")[1])["generation"]
        start = time.perf_counter()
        threads = probe_loops(port, words, stats, stop)
        while time.perf_counter() - start < 1800:
            status, body, _ = request(port, "GET", "/api/stats")
            if status == 200 and json.loads(body)["generation"] != first:
                break
            time.sleep(0.5)
        took = time.perf_counter() - start
        time.sleep(2)
        stop.set()
        for t in threads:
            t.join()
    finally:
        server.stop()
        os.remove(extra)
    print(f"selfbuild: the server's own rebuild took {took:.0f} s; {summary(stats)}")
    for e in stats["errors"][:5]:
        print("  error:", e)


def writes(port, n=200):
    lat, invisible = [], 0
    for i in range(n):
        word = f"zqw{i:05d}x"
        body = json.dumps({"id": f"bench-w{i}", "title": f"Bench write {word}"}).encode()
        status, _, took = request(port, "POST", "/api/papers", body, "application/json")
        assert status == 200, status
        lat.append(took)
        status, body, _ = request(port, "GET", f"/api/search?q={word}")
        # why: the word is split into letters and digits by the analyzer, so other bench papers match too; the
        # written one must be on the first page.
        if status != 200 or f"bench-w{i}" not in [h["id"] for h in json.loads(body)["hits"]]:
            invisible += 1
    print(f"writes: {n} single POSTs, write-to-visible (ack) p50 {pct(lat, 50)*1000:.1f} ms p99 {pct(lat, 99)*1000:.1f} ms; "
          f"not visible to the next search: {invisible}")


def bulk(port, n=20000):
    lines = "\n".join(json.dumps({"id": f"bench-b{i}", "title": f"Bulk paper {i} about zqbulk",
                                  "abstract": "A bulk written abstract with some words " * 5, "year": 2000 + i % 25})
                      for i in range(n)).encode()
    status, body, took = request(port, "POST", "/api/papers", lines, "application/x-ndjson", timeout=600)
    written = json.loads(body)["written"] if status == 200 else 0
    print(f"bulk: NDJSON {n} papers ({len(lines)/1e6:.1f} MB) → {status}, {written} written in {took:.1f} s = {written/took:,.0f} papers/s")


def stall(port, words):
    long_words = [w for w in words if len(w) >= 10][:64]
    q = "%20".join(w + "~2" for w in long_words)
    results, cheap, stop = [], [], threading.Event()

    def heavy():
        status, body, took = request(port, "GET", f"/api/search?q={q}")
        code = json.loads(body).get("code") if status != 200 else ""
        results.append((status, code, took))

    def cheap_loop():
        while not stop.is_set():
            status, _, took = request(port, "GET", "/api/search?q=" + random.choice(words))
            cheap.append((status, took))

    # why: on a shared machine the cheap search's own latency varies; measure it alone first for comparison.
    alone = []
    end = time.time() + 5
    while time.time() < end:
        status, _, took = request(port, "GET", "/api/search?q=" + random.choice(words))
        if status == 200:
            alone.append(took)
    c = threading.Thread(target=cheap_loop)
    c.start()
    time.sleep(0.5)
    threads = [threading.Thread(target=heavy) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    c.join()
    times = [t for s, t in cheap if s == 200]
    print(f"stall: {len(long_words)} fuzzy words; 8 in parallel → " +
          ", ".join(f"{s} {code} {t:.2f}s" for s, code, t in sorted(results, key=lambda r: r[2])))
    print(f"  cheap searches alone before: {len(alone)}, p50 {pct(alone, 50)*1000:.0f} ms p99 {pct(alone, 99)*1000:.0f} ms")
    print(f"  cheap searches beside them: {len(cheap)} ({len(cheap)-len(times)} not 200), p50 {pct(times, 50)*1000:.0f} ms "
          f"p99 {pct(times, 99)*1000:.0f} ms max {max(times)*1000:.0f} ms")


def kills(port, index, count):
    acked, lost = [], []
    for k in range(count):
        server = Server(port, index)
        stop = threading.Event()

        def writer(w):
            n = 0
            while not stop.is_set():
                pid = f"kill{k}-{w}-{n}"
                status, _, _ = request(port, "POST", "/api/papers",
                                       json.dumps({"id": pid, "title": f"Killed {pid}"}).encode(), "application/json", timeout=10)
                if status == 200:
                    acked.append(pid)
                elif status == 0:
                    return
                n += 1

        threads = [threading.Thread(target=writer, args=(w,)) for w in range(3)]
        for t in threads:
            t.start()
        time.sleep(1 + random.random())
        server.kill()
        stop.set()
        for t in threads:
            t.join()
    server = Server(port, index)
    for pid in acked:
        if request(port, "GET", f"/api/papers/{pid}")[0] != 200:
            lost.append(pid)
    server.stop()
    print(f"kills: {count} SIGKILLs with writes in flight; {len(acked)} acknowledged writes, lost {len(lost)}")


def main():
    global API, CLI, EMBEDDINGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", required=True)
    ap.add_argument("--sources", required=True)
    ap.add_argument("--port", type=int, default=5098)
    ap.add_argument("--rebuilds", type=int, default=3)
    ap.add_argument("--kills", type=int, default=5)
    ap.add_argument("--only", default="rebuilds,writes,bulk,stall,kills")
    ap.add_argument("--api", default=API, help="SearchEngine.Api.dll to run (e.g. from dotnet publish)")
    ap.add_argument("--cli", default=CLI, help="searchengine.dll for the rebuilds")
    ap.add_argument("--embeddings", default=EMBEDDINGS, choices=["auto", "on", "off"],
                    help="Index:Embeddings of the server and --embeddings of the rebuilds")
    a = ap.parse_args()
    API, CLI, EMBEDDINGS = a.api, a.cli, a.embeddings
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    only = a.only.split(",")
    words = words_of(a.sources)
    server = Server(a.port, a.index)
    try:
        if "rebuilds" in only:
            rebuilds(a.port, a.index, a.sources, a.rebuilds, words)
            print(f"  load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if "writes" in only:
            writes(a.port)
            print(f"  load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if "bulk" in only:
            bulk(a.port)
            print(f"  load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if "stall" in only:
            stall(a.port, words)
            print(f"  load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        server.stop()
    if "selfbuild" in only:
        selfbuild(a.port, a.index, a.sources, words)
        print(f"  load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if "kills" in only:
        kills(a.port, a.index, a.kills)
        print(f"  load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
