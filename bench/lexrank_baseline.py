#!/usr/bin/python3
"""LexRank baseline for story summaries, and the measure that compares it
with newsfuse's summaries on ECB+.

    /usr/bin/python3 bench/lexrank_baseline.py \
        --eval build/bench/summary_eval --data ../shared/data/ecbplus-dev

(Debian's /usr/bin/python3 has scikit-learn and numpy.) The script runs
summary_eval, which prints each ECB+ story (one folder = one story, its
documents split into sentences by newsfuse) with newsfuse's summary, ranks
the same sentences with LexRank, and scores both summaries the same way.

LexRank (Erkan & Radev 2004, thresholded variant): TF-IDF vectors of the
story's sentences (English stop words removed), an edge between two
sentences whose cosine is at least 0.1, PageRank over the row-normalized
graph (damping 0.85, power iteration), then sentences by score, skipping
those under 6 words or with cosine >= 0.5 to one already chosen, while the
word budget (120) allows.

The measure. There is no gold summary for ECB+, so the score asks what can
be checked against its gold annotation: cross-document event coreference.
A chain is a *shared event* when documents of the story mention it in two
or more documents; its weight is the number of those documents. A summary
sentence *mentions* a chain when it contains the words of one of the
chain's mentions in its own document with at least 70% of the words around
it (three tokens each side in ECB+'s tokens). Per story:

  coverage      weight of the shared events the summary mentions / weight
                of all shared events (how much of what many outlets
                reported the summary tells; higher is better);
  redundancy    share of summary sentences whose shared events were all
                mentioned by an earlier summary sentence (lower is better);
  corroboration mean, over summary sentences, of the largest weight among
                the shared events it mentions, 0 for none (how widely
                reported its statements are);
  words         summary length.

Means over stories are printed for both systems. Limits, stated honestly:
ECB annotates only some sentences of each document, so a sentence about a
shared event may go unrecognized (for both systems alike); titles are not
sentences of ours and never count; the measure rewards choosing widely
reported events, which is newsfuse's own criterion, so it says nothing of
fluency or of whether the latest state of a story is preferred.
"""

import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

WORD = re.compile(r"[a-z0-9]+")


def words(text):
    return WORD.findall(text.lower())


def pagerank(adjacency, damping=0.85, tol=1e-8, max_iter=200):
    n = adjacency.shape[0]
    rows = adjacency.sum(axis=1, keepdims=True)
    rows[rows == 0] = 1
    transition = adjacency / rows
    scores = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = (1 - damping) / n + damping * transition.T.dot(scores)
        if np.abs(new - scores).sum() < tol:
            return new
        scores = new
    return scores


def lexrank(sentences, budget, threshold=0.1, redundant=0.5):
    """Indices of the chosen sentences, in order of choice."""
    if not sentences:
        return []
    try:
        tfidf = TfidfVectorizer(stop_words="english").fit_transform(sentences)
    except ValueError:  # only stop words
        return []
    sim = cosine_similarity(tfidf)
    adjacency = (sim >= threshold).astype(float)
    scores = pagerank(adjacency)
    chosen, used = [], 0
    for i in np.argsort(-scores, kind="stable"):
        n = len(sentences[i].split())
        if n < 6 or (chosen and used + n > budget):
            continue
        if any(sim[i, j] >= redundant for j in chosen):
            continue
        chosen.append(int(i))
        used += n
        if used >= budget - 5:
            break
    return chosen


def load_chains(folder):
    """doc_id -> list of (chain, mention words, window words)."""
    name = os.path.basename(folder.rstrip("/"))
    path = os.path.join(folder, "event_mentions_%s.json" % name)
    if not os.path.exists(path):
        return {}
    docs_of = defaultdict(set)
    mentions = json.load(open(path))
    for m in mentions:
        docs_of[m["coref_chain"]].add(m["doc_id"])
    out = defaultdict(list)
    for m in mentions:
        weight = len(docs_of[m["coref_chain"]])
        if weight < 2:
            continue
        context = [t.lower() for t in m["mention_context"]]
        target = [t.lower() for t in m["tokens_text"]]
        for p in range(len(context) - len(target) + 1):
            if context[p:p + len(target)] != target:
                continue
            window = context[max(0, p - 3):p + len(target) + 3]
            out[m["doc_id"]].append(
                (m["coref_chain"], weight, set(words(" ".join(target))),
                 set(words(" ".join(window)))))
    return out


def chains_in(sentence, mentions):
    have = set(words(sentence))
    found = {}
    for chain, weight, target, window in mentions:
        if not target or not target <= have or not window:
            continue
        if len(window & have) >= 0.7 * len(window):
            found[chain] = weight
    return found


def score(summary, story, chains):
    """summary: list of (doc index, sentence index)."""
    docs = story["docs"]
    total = {}
    for mentions in chains.values():
        for chain, weight, _, _ in mentions:
            total[chain] = weight
    seen, redundant, corroboration, n_words = {}, 0, 0.0, 0
    for d, s in summary:
        text = docs[d]["sentences"][s]
        n_words += len(text.split())
        found = chains_in(text, chains.get(docs[d]["doc_id"], []))
        if found and all(c in seen for c in found):
            redundant += 1
        corroboration += max(found.values()) if found else 0
        seen.update(found)
    n = max(1, len(summary))
    all_weight = sum(total.values()) or 1
    return {
        "coverage": sum(seen.values()) / all_weight,
        "redundancy": redundant / n,
        "corroboration": corroboration / n,
        "words": n_words,
    }


def lexrank_summary(story, budget):
    flat = [(d, s) for d, doc in enumerate(story["docs"])
            for s in range(len(doc["sentences"]))]
    texts = [story["docs"][d]["sentences"][s] for d, s in flat]
    return [flat[i] for i in lexrank(texts, budget)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", help="path of the summary_eval program")
    ap.add_argument("--stories", help="its output, if already written")
    ap.add_argument("--data", required=True, help="ECB+ folder")
    ap.add_argument("--words", type=int, default=120)
    args = ap.parse_args()
    if args.stories:
        lines = open(args.stories).read().splitlines()
    elif args.eval:
        out = subprocess.run([args.eval, "--words", str(args.words), args.data],
                             check=True, capture_output=True, text=True)
        lines = out.stdout.splitlines()
    else:
        sys.exit("give --eval PROGRAM or --stories FILE")
    results = {"newsfuse": [], "lexrank": []}
    for line in lines:
        story = json.loads(line)
        chains = load_chains(os.path.join(args.data, story["story"]))
        if not chains:
            continue
        ours = [(x["doc"], x["sentence"]) for x in story["newsfuse"]]
        results["newsfuse"].append(score(ours, story, chains))
        results["lexrank"].append(
            score(lexrank_summary(story, args.words), story, chains))
    n = len(results["newsfuse"])
    print("ECB+ stories scored: %d, budget %d words" % (n, args.words))
    print("%-10s %9s %11s %14s %7s" %
          ("system", "coverage", "redundancy", "corroboration", "words"))
    for system, rows in results.items():
        mean = {k: sum(r[k] for r in rows) / max(1, n) for k in rows[0]}
        print("%-10s %9.3f %11.3f %14.2f %7.1f" %
              (system, mean["coverage"], mean["redundancy"],
               mean["corroboration"], mean["words"]))


if __name__ == "__main__":
    main()
