#!/usr/bin/python3
"""Story clustering baseline beside newsfuse's StoryIndex, on the same data.

    /usr/bin/python3 bench/cluster_baseline.py build/bench/cluster_eval \
        [--data ../shared/data/ecbplus-dev] [--uci CSV] [--sweep]

Baseline: scikit-learn TF-IDF (sublinear tf, English stop words) over
title + text, then average-linkage agglomerative clustering on cosine
distance with a distance threshold swept over a grid; the best B-cubed F1
and its threshold are reported (tuned on the evaluation data itself, so the
baseline is optimistic). Then the cluster_eval binary runs on the same data
and both are printed side by side; --sweep adds our B-cubed F1 over a grid
of story thresholds (how much the figure owes to one value). Needs Debian's python3-sklearn
(/usr/bin/python3), not a pyenv python.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_distances


def load_ecb(root):
    paths = []
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".json") and not name.startswith(
                    ("entity_mentions", "event_mentions")):
                paths.append(os.path.join(folder, name))
    texts, gold = [], []
    for path in sorted(paths):
        with open(path, encoding="utf-8") as f:
            record = json.load(f)
        texts.append((record.get("title") or "") + "\n" + (record.get("text") or ""))
        gold.append(os.path.basename(os.path.dirname(path)))
    return texts, gold


def load_uci(path):
    texts, gold = [], []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            texts.append(row["TITLE"])
            gold.append(row["STORY"])
    return texts, gold


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def scores(gold, found):
    """B-cubed and pairwise precision, recall, F1 (as cluster_metrics.cc)."""
    n = len(gold)
    gsize, fsize = Counter(gold), Counter(found)
    cell = Counter(zip(gold, found))
    p = sum(c * c / fsize[f] for (g, f), c in cell.items()) / n
    r = sum(c * c / gsize[g] for (g, f), c in cell.items()) / n
    pairs = lambda sizes: sum(c * (c - 1) / 2 for c in sizes.values())
    together = pairs(cell)
    pp = together / pairs(fsize) if pairs(fsize) else 1.0
    pr = together / pairs(gsize) if pairs(gsize) else 1.0
    return {"bcubed_p": p, "bcubed_r": r, "bcubed_f1": f1(p, r),
            "pairwise_p": pp, "pairwise_r": pr, "pairwise_f1": f1(pp, pr),
            "stories": len(fsize), "gold_stories": len(gsize)}


def cluster(distances, threshold):
    """Average-linkage clusters of a precomputed cosine distance matrix."""
    try:
        model = AgglomerativeClustering(n_clusters=None, metric="precomputed",
                                        linkage="average",
                                        distance_threshold=threshold)
    except TypeError:  # scikit-learn < 1.2 names it `affinity`
        model = AgglomerativeClustering(n_clusters=None, affinity="precomputed",
                                        linkage="average",
                                        distance_threshold=threshold)
    return model.fit_predict(distances)


def baseline(texts, gold):
    start = time.perf_counter()
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    # The cosine distances once; each threshold reruns only the linkage.
    distances = cosine_distances(matrix)
    vectorize = time.perf_counter() - start
    best = None
    for t in np.arange(0.30, 1.0, 0.025):
        t0 = time.perf_counter()
        labels = cluster(distances, float(t))
        seconds = vectorize + time.perf_counter() - t0
        s = scores(gold, [str(x) for x in labels])
        s.update(threshold=round(float(t), 3), seconds=seconds)
        if best is None or s["bcubed_f1"] > best["bcubed_f1"]:
            best = s
    best["articles_per_second"] = len(texts) / best["seconds"]
    return best


def ours(binary, data, uci, threshold=None):
    cmd = [binary, "--json"] + (["--uci", data] if uci else [data])
    if threshold is not None:
        cmd += ["--threshold", str(threshold)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    s = json.loads(out.strip().splitlines()[-1])
    s["seconds"] = s["cluster_seconds"]
    return s


def s_pipe(mine):
    return mine.get("pipeline_seconds", 0.0)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.path.join(here, "..", "..", "shared", "data")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary", help="path to the cluster_eval program")
    ap.add_argument("--data", default=os.path.join(shared, "ecbplus-dev"))
    ap.add_argument("--uci", help="UCI News Aggregator CSV instead of ECB+")
    ap.add_argument("--sweep", action="store_true",
                    help="also print our B-cubed F1 over story thresholds")
    args = ap.parse_args()
    data = args.uci or args.data
    texts, gold = load_uci(data) if args.uci else load_ecb(data)
    base = baseline(texts, gold)
    mine = ours(args.binary, data, bool(args.uci))
    print(f"data: {data} ({len(texts)} articles, {len(set(gold))} gold stories)")
    print(f"{'':24}{'newsfuse':>12}{'sklearn':>12}")
    print(f"{'sklearn threshold':24}{'':>12}{base['threshold']:>12.3f}")
    for key in ("bcubed_p", "bcubed_r", "bcubed_f1", "pairwise_p",
                "pairwise_r", "pairwise_f1"):
        print(f"{key:24}{mine[key]:>12.3f}{base[key]:>12.3f}")
    print(f"{'stories found':24}{mine['stories']:>12}{base['stories']:>12}")
    print(f"{'seconds (clustering)':24}{mine['seconds']:>12.3f}{base['seconds']:>12.3f}")
    print(f"{'seconds (our pipeline)':24}{s_pipe(mine):>12.3f}{'-':>12}")
    print(f"{'articles/s':24}{mine['articles_per_second']:>12.0f}"
          f"{base['articles_per_second']:>12.0f}")
    if args.sweep:  # how much the figure owes to one threshold
        grid = [0.06, 0.07, 0.08, 0.09, 0.10, 0.11, 0.12, 0.13, 0.14, 0.15]
        f1s = [ours(args.binary, data, bool(args.uci), t)["bcubed_f1"] for t in grid]
        print("newsfuse B-cubed F1 by story threshold:")
        print("  " + "  ".join(f"{t:.2f}:{f:.3f}" for t, f in zip(grid, f1s)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
