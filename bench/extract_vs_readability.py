#!/usr/bin/python3
"""Speed (and accuracy) of newsfuse's ExtractHtml against readability-lxml.

    /usr/bin/python3 bench/extract_vs_readability.py build-html/bench/html_extract_eval \
        [--data ../shared/data/scrapinghub]

Decompresses the scrapinghub pages once, times readability-lxml's
Document(html).summary() on each page (in memory), runs our html_extract_eval
binary with --json on the same folder (it times ExtractHtml alone, gunzip and
I/O excluded), and prints both throughputs and the speed ratio (ours /
readability). Readability's F1 uses the benchmark's shingle metric, the same
definition as src/clean/shingle_f1.h, for reference. Needs the Debian
packages python3-readability and python3-lxml (hence /usr/bin/python3).
"""
import argparse
import collections
import gzip
import json
import pathlib
import re
import subprocess
import sys
import time

import lxml.html
from readability import Document

_TOKEN = re.compile(r'\w+', re.UNICODE)


def shingles(text, n=4):
    tokens = _TOKEN.findall(text or '')
    out = collections.Counter()
    for i in range(max(1, len(tokens) - n + 1)):
        gram = tuple(tokens[i:i + n])
        if gram:
            out[gram] += 1
    return out


def tp_fp_fn(truth, pred):
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def aggregate(counts):
    def prec(tp, fp, fn):
        if fp == fn == 0:
            return 1.0
        return 0.0 if tp == fp == 0 else tp / (tp + fp)

    def rec(tp, fp, fn):
        if fp == fn == 0:
            return 1.0
        return 0.0 if tp == fn == 0 else tp / (tp + fn)

    ps = [prec(*c) for c in counts if c[0] + c[1] > 0]
    rs = [rec(*c) for c in counts if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary_text(summary_html):
    try:
        return lxml.html.fromstring(summary_html).text_content()
    except Exception:  # empty or unparsable summary
        return ''


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('eval_binary', help='path to bench/html_extract_eval')
    ap.add_argument('--data', type=pathlib.Path,
                    default=root.parent / 'shared' / 'data' / 'scrapinghub')
    args = ap.parse_args()

    truth = json.loads((args.data / 'ground-truth.json').read_text('utf8'))
    pages = {h: gzip.decompress((args.data / 'html' / f'{h}.html.gz')
                                .read_bytes()) for h in truth}
    total_bytes = sum(len(b) for b in pages.values())

    seconds = 0.0
    counts = []
    for h, html in pages.items():
        start = time.perf_counter()
        try:
            summary = Document(html).summary()
        except Exception:  # readability gives up on some pages
            summary = ''
        seconds += time.perf_counter() - start
        counts.append(tp_fp_fn(truth[h].get('articleBody', ''),
                               summary_text(summary)))
    rp, rr, rf = aggregate(counts)

    out = subprocess.run([args.eval_binary, str(args.data), '--json'],
                         check=True, capture_output=True, text=True)
    ours = json.loads(out.stdout.strip().splitlines()[-1])

    n = len(pages)
    r_pages, r_mb = n / seconds, total_bytes / 1e6 / seconds
    print(f'pages {n}, {total_bytes / 1e6:.1f} MB of HTML')
    print(f'readability-lxml: {r_pages:8.1f} pages/s {r_mb:7.2f} MB/s  '
          f'P {rp:.4f} R {rr:.4f} F1 {rf:.4f}')
    print(f'newsfuse:         {ours["pages_per_s"]:8.1f} pages/s '
          f'{ours["mb_per_s"]:7.2f} MB/s  P {ours["precision"]:.4f} '
          f'R {ours["recall"]:.4f} F1 {ours["f1"]:.4f}')
    print(f'speed ratio (ours / readability): '
          f'{ours["pages_per_s"] / r_pages:.1f}x')
    return 0


if __name__ == '__main__':
    sys.exit(main())
