#!/usr/bin/python3
"""The whole brief against a scikit-learn pipeline, same corpus, one run.

Baseline: read the ECB+ article files (title + text), split sentences with
a regular expression, TF-IDF (sublinear tf, English stop words), average-
linkage agglomerative clustering on cosine distance (threshold --threshold),
then per cluster a LexRank summary (TF-IDF cosine graph over the cluster's
sentences, edges above 0.1, PageRank with damping 0.85) of --words words.

newsfuse: `newsfuse brief --format json` on the same files: ingest, clean,
analyze, stories, origins, facts, summary and JSON.

Each runs in its own child process; wall time and the child's peak RSS come
from wait4(). Usage: bench/brief_vs_sklearn.py BUILD/newsfuse [--data DIR]
"""
import argparse
import warnings
import json
import os
import pathlib
import re
import subprocess
import sys
import time


def files(data):
    return sorted(str(p) for p in pathlib.Path(data).glob('*/[0-9]*.json'))


def baseline(paths, threshold, words):
    """The scikit-learn pipeline; returns the number of clusters."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    docs = []
    for p in paths:
        d = json.loads(pathlib.Path(p).read_text('utf8'))
        docs.append(((d.get('title') or '') + '\n' + (d.get('text') or '')))
    x = TfidfVectorizer(sublinear_tf=True, stop_words='english').fit_transform(docs)
    labels = AgglomerativeClustering(
        n_clusters=None, affinity='cosine', linkage='average',
        distance_threshold=threshold).fit_predict(x.toarray())
    splitter = re.compile(r'(?<=[.!?])\s+(?=[A-Z"\u201c])')
    for c in set(labels):
        sents = [s for i in np.where(labels == c)[0]
                 for s in splitter.split(docs[i]) if len(s.split()) > 3]
        if not sents:
            continue
        lexrank(sents, words)
    return len(set(labels))


def lexrank(sents, words):
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity
    try:
        m = TfidfVectorizer(stop_words='english').fit_transform(sents)
    except ValueError:  # only stop words
        return []
    sim = (cosine_similarity(m) > 0.1).astype(float)
    sim /= np.maximum(sim.sum(axis=1, keepdims=True), 1)
    n = len(sents)
    rank = np.full(n, 1.0 / n)
    for _ in range(100):
        new = 0.15 / n + 0.85 * sim.T.dot(rank)
        if np.abs(new - rank).sum() < 1e-6:
            break
        rank = new
    out, count = [], 0
    for i in np.argsort(-rank):
        if count >= words:
            break
        out.append(sents[i])
        count += len(sents[i].split())
    return out


def measure(argv):
    """Runs argv; returns (seconds, peak RSS MiB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f'{argv[0]} failed')
    return seconds, usage.ru_maxrss / 1024, out


def main():
    warnings.filterwarnings("ignore")
    root = pathlib.Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('newsfuse', help='path to the newsfuse binary')
    ap.add_argument('--data', default=root.parent / 'shared' / 'data' / 'ecbplus-dev')
    ap.add_argument('--threshold', type=float, default=0.9)
    ap.add_argument('--words', type=int, default=120)
    ap.add_argument('--baseline-only', action='store_true', help=argparse.SUPPRESS)
    args = ap.parse_args()
    paths = files(args.data)
    if args.baseline_only:
        print(baseline(paths, args.threshold, args.words))
        return
    base_s, base_rss, base_out = measure(
        [sys.executable, __file__, args.newsfuse, '--data', str(args.data),
         '--threshold', str(args.threshold), '--words', str(args.words),
         '--baseline-only'])
    ours_s, ours_rss, ours_out = measure(
        [args.newsfuse, 'brief', '--format', 'json', '--words', str(args.words)]
        + paths)
    stories = len(json.loads(ours_out)['stories'])
    n = len(paths)
    print(f'articles {n}')
    print(f'scikit-learn + LexRank: {n / base_s:8.1f} articles/s  {base_s:6.2f} s  '
          f'peak RSS {base_rss:6.1f} MiB  ({int(base_out)} clusters)')
    print(f'newsfuse brief:         {n / ours_s:8.1f} articles/s  {ours_s:6.2f} s  '
          f'peak RSS {ours_rss:6.1f} MiB  ({stories} stories)')
    print(f'speed ratio (ours / baseline): {base_s / ours_s:.1f}x; '
          f'RSS ratio: {ours_rss / base_rss:.2f}')


if __name__ == '__main__':
    main()
