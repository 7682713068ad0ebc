#!/usr/bin/env python3
"""Score TREC run files with the conventions of `searchengine eval` (trec_eval's): queries without a relevant
document are skipped, the first 1,000 documents count, ties in score are broken by document id descending.
Used for the Java Lucene reference runs (../shared/anchors/lucene-java/run.sh eval), see docs/relevance.md.

usage: trec_score.py QRELS RUN...                  MAP, nDCG@10, P@10 per run
       trec_score.py --links LINKS.tsv RUN...       similar-paper P@10 (undirected links; the paper itself never counts)
"""
import math
import sys
from collections import defaultdict


def read_run(path):
    ranked = defaultdict(list)
    with open(path) as f:
        for line in f:
            qid, _, doc, _, score, *_ = line.split()
            ranked[qid].append((float(score), doc))
    # trec_eval: score descending, then document id descending
    return {q: [d for _, d in sorted(v, key=lambda x: (-x[0], _neg(x[1])))][:1000] for q, v in ranked.items()}


def _neg(doc):
    return tuple(-ord(c) for c in doc)


def qrels(path):
    judged = defaultdict(dict)
    with open(path) as f:
        for line in f:
            qid, _, doc, grade = line.split()
            judged[qid][doc] = int(grade)
    return judged


def links(path):
    linked = defaultdict(set)
    with open(path) as f:
        for line in f:
            a, b = line.split()[:2]
            if a != b:
                linked[a].add(b)
                linked[b].add(a)
    return linked


def metrics(ranking, judgments):
    relevant = {d for d, g in judgments.items() if g > 0}
    hits, ap = 0, 0.0
    for i, d in enumerate(ranking, 1):
        if d in relevant:
            hits += 1
            ap += hits / i
    ap /= len(relevant)
    p10 = sum(1 for d in ranking[:10] if d in relevant) / 10
    dcg = sum(judgments.get(d, 0) / math.log2(i + 1) for i, d in enumerate(ranking[:10], 1) if judgments.get(d, 0) > 0)
    ideal = sorted((g for g in judgments.values() if g > 0), reverse=True)[:10]
    idcg = sum(g / math.log2(i + 1) for i, g in enumerate(ideal, 1))
    return ap, dcg / idcg if idcg else 0.0, p10


def main(argv):
    if argv[:1] == ["--links"]:
        linked = links(argv[1])
        for path in argv[2:]:
            run = read_run(path)
            scores = [sum(1 for d in [x for x in run.get(p, []) if x != p][:10] if d in linked[p]) / 10
                      for p in sorted(linked) if p in run]
            print(f"{path}\tsimilar p@10 {sum(scores) / len(scores):.4f}\tpapers {len(scores)}")
        return
    judged = qrels(argv[0])
    for path in argv[1:]:
        run = read_run(path)
        rows = [metrics(run.get(q, []), j) for q, j in sorted(judged.items()) if any(g > 0 for g in j.values())]
        n = len(rows)
        print(f"{path}\tmap {sum(r[0] for r in rows) / n:.4f}\tndcg@10 {sum(r[1] for r in rows) / n:.4f}"
              f"\tp@10 {sum(r[2] for r in rows) / n:.4f}\tqueries {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
