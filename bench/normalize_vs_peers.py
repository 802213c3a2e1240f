#!/usr/bin/python3
"""newsfuse's NormalizeTime, chrono-node and dateparser on the same strings.

    bench/normalize_vs_peers.py [BUILD_DIR]   (default build-release)

The strings: every expected expression ("Text") of the Microsoft
Recognizers-Text English DateTime parser specs (MIT;
../shared/data/recognizers/Specs/DateTime/English/*Parser.json),
deduplicated and sorted, plus the news forms of bench/time_bench.cc, all
normalized against 2016-11-07 (the specs' reference date). Each normalizer
runs in this one script, one after the other, on one machine: the figures
are strings/s and the ratio newsfuse / peer. chrono-node is installed with
`npm ci` in bench/node (skipped with a message when node or npm are
missing); dateparser is Debian's python3-dateparser (skipped when absent).
"""
import datetime
import warnings
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPECS = ROOT.parent / "shared/data/recognizers/Specs/DateTime/English"
NEWS = ["May 19, 2025", "19 May 2025", "2025-05-19", "5/19/2025", "May 2025",
        "on Monday", "Friday's talks", "yesterday", "last week",
        "over the weekend", "earlier in the day", "this morning",
        "three years ago", "in two weeks", "since March 2022", "last month",
        "5 p.m. Moscow time", "10 a.m. Eastern", "17:00 GMT", "noon",
        "for three hours", "a 30-day ceasefire", "every week", "daily"]


def strings():
    out = set(NEWS)
    for f in sorted(SPECS.glob("*Parser.json")):
        for case in json.loads(f.read_text(encoding="utf-8-sig")):
            for r in case.get("Results", []):
                if r.get("Text"):
                    out.add(r["Text"].strip())
    return sorted(s for s in out if s and "\n" not in s)


def ours(build, path):
    exe = ROOT / build / "bench/time_bench"
    if not exe.exists():
        sys.exit(f"{exe} is missing: build it (make bench)")
    env = dict(os.environ, NEWSFUSE_TIME_STRINGS=str(path))
    r = subprocess.run([str(exe), "--benchmark_filter=BM_NormalizeTime",
                        "--benchmark_format=json",
                        "--benchmark_min_time=2"],
                       env=env, capture_output=True, text=True, check=True)
    b = json.loads(r.stdout)["benchmarks"][0]
    return b["items_per_second"], int(b["resolved"])


def chrono(path):
    node_dir = ROOT / "bench/node"
    if not shutil.which("node") or not shutil.which("npm"):
        print("chrono-node: skipped (node or npm missing)")
        return None
    if not (node_dir / "node_modules/chrono-node").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"],
                       cwd=node_dir, check=True)
    r = subprocess.run(["node", "chrono_bench.js", str(path)], cwd=node_dir,
                       capture_output=True, text=True, check=True)
    f = r.stdout.split()
    return float(f[1]), int(f[3])


def dateparser_rate(items):
    try:
        import dateparser
    except ImportError:
        print("dateparser: skipped (python3-dateparser missing)")
        return None
    warnings.simplefilter("ignore")  # pytz deprecation notices
    settings = {"RELATIVE_BASE": datetime.datetime(2016, 11, 7)}
    parser = dateparser.date.DateDataParser(languages=["en"],
                                            settings=settings)
    resolved = sum(parser.get_date_data(s).date_obj is not None
                   for s in items)  # also the warm-up
    start, passes = time.perf_counter(), 0
    while time.perf_counter() - start < 2.0:
        for s in items:
            parser.get_date_data(s)
        passes += 1
    return passes * len(items) / (time.perf_counter() - start), resolved


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build-release"
    items = strings()
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(items) + "\n")
        path = f.name
    try:
        rate, res = ours(build, path)
        print(f"{len(items)} strings, anchor 2016-11-07")
        print(f"  newsfuse NormalizeTime  {rate:12,.0f} strings/s  "
              f"(resolved {res})")
        for name, got in (("chrono-node", chrono(path)),
                          ("dateparser", dateparser_rate(items))):
            if got is None:
                continue
            peer, peer_res = got
            print(f"  {name:<22} {peer:12,.0f} strings/s  (resolved "
                  f"{peer_res})  newsfuse is {rate / peer:,.0f}x")
    finally:
        os.unlink(path)


if __name__ == "__main__":
    main()
