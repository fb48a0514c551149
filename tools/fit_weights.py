#!/usr/bin/env python3
"""Re-ranks the pairs dumped by WeightsFitDump under other score weights and fit-tier rules, and
fits the weights with leave-one-set-out cross-validation over the readable vocabulary sets
(issue 24; docs/matching-quality.md, "Fitted weights, cross-validated").

    JOBMATCH_PORT=-1 jm-mvn -B -q test -Dtest=WeightsFitDump -Dgroups=benchmark -DexcludedGroups=none
    python3 tools/fit_weights.py            # check, cross-validate, in-sample optimum

Metrics as the gates count them: a pair set's MRR and hits@1 of the intended partner in the top 10,
a tie (same tier, same score as served: three decimals) counted at its last place and as absent when that is the 10th place
(VocabularyGate.lastOfTie); the labelled set's nDCG@10 and MRR as MatchingQualityTest, exact ties
broken by the service's order (the index's relevance). The score parts are those of the bundle the
configured weights carved: other weights' carving is not modelled (re-run the gates to see it).
"""
import csv
import json
import sys
from pathlib import Path

import numpy as np

PARTS = ["competence", "job_goal", "task_fit", "hours", "distance", "flexibility", "company", "text"]
CURRENT = np.array([0.28, 0.15, 0.22, 0.06, 0.07, 0.07, 0.07, 0.08])
PAIR_SETS = ["vocabulary-mismatch-set", "vocabulary-heldout-set", "vocabulary-mismatch2-set", "vocabulary-heldout2-set"]
LABELLED = "matching-set"
LABELLED_NOW = (0.982, 0.997)
LABELLED_SLACK = 0.005
K = 10
DUMP = Path("target/weights-fit")
SETS = Path("src/test/resources/quality")
TIER = {"STRONG": 0, "PARTIAL": 1, "CONSTRAINTS_ONLY": 2}


class Direction:
    """One direction of one set: every dumped row, grouped by query."""

    def __init__(self, rows, queries):
        self.queries = queries
        index = {q: i for i, q in enumerate(queries)}
        rows = [r for r in rows if r["query"] in index]
        self.q = np.array([index[r["query"]] for r in rows], dtype=int)
        self.other = [r["other"] for r in rows]
        self.pos = np.array([int(r["pos"]) for r in rows])
        self.fit = np.array([TIER[r["fit"]] for r in rows])
        self.covered = np.array([int(r["covered"]) for r in rows])
        self.share = np.array([float(r["share"]) for r in rows])
        self.fully = np.array([r["goal_fully"] == "true" for r in rows])
        self.goal = np.array([float(r["goal_share"]) for r in rows])
        self.score = np.array([float(r["score"]) for r in rows])
        self.mask = np.array([[r[p] != "" for p in PARTS] for r in rows], dtype=float)
        self.parts = np.array([[float(r[p]) if r[p] != "" else 0.0 for p in PARTS] for r in rows])

    def scores(self, w):
        return (self.parts @ w) / (self.mask @ w)

    def tiers(self, tier):
        strong_share, related_goal = tier
        goal = self.fully | (related_goal & (self.goal >= 0.5))
        t = np.where((self.share >= strong_share - 1e-12) & goal, 0,
                     np.where((self.covered == 0) & (self.goal == 0), 2, 1))
        return t


def served(score):
    """The score as the API serves it: Java's Math.round(score * 1000) / 1000."""
    return np.floor(score * 1000 + 0.5)


def read(name):
    with open(DUMP / (name + ".tsv")) as f:
        return list(csv.DictReader(f, delimiter="\t"))


class PairSet:
    def __init__(self, name):
        spec = json.load(open(SETS / (name + ".json")))
        self.name = name
        rows = read(name)
        pairs = spec["pairs"]
        self.dirs = {}
        for d, key, partner in (("n2c", "need", "citizen"), ("c2n", "citizen", "need")):
            queries = [p[key] for p in pairs]
            direction = Direction([r for r in rows if r["direction"] == d], queries)
            wanted = {p[key]: p[partner] for p in pairs}
            direction.partner = np.array([wanted[direction.queries[qi]] == o
                                          for qi, o in zip(direction.q, direction.other)])
            self.dirs[d] = direction

    def evaluate(self, w, tier, tier_first=True):
        """(MRR, hits@1) need → citizen and citizen → need."""
        out = []
        for d in ("n2c", "c2n"):
            x = self.dirs[d]
            s, t = scored(x, w, tier, tier_first)
            n = len(x.queries)
            # The partner's tier and score, per query.
            ps = np.full(n, np.nan)
            pt = np.full(n, -1)
            ps[x.q[x.partner]] = s[x.partner]
            pt[x.q[x.partner]] = t[x.partner]
            qs, qt = ps[x.q], pt[x.q]
            above = (t < qt) | ((t == qt) & (s > qs))
            # The API serves the score to three decimals (MatchMapper): a tie is equal there.
            tied = (t == qt) & (served(s) == served(qs))
            last = np.bincount(x.q, weights=(above | tied), minlength=n)
            present = pt >= 0
            rank = np.where(present & (last < K), last, 0)
            rr = np.where(rank > 0, 1.0 / np.maximum(rank, 1), 0.0)
            out.append((rr.mean(), (rank == 1).mean()))
        return out


def scored(x, w, tier, tier_first):
    """Scores and tiers of a direction's rows: as served (w, tier None) or re-scored; tier 0 for all when not tier first."""
    s = x.scores(w) if w is not None else x.score
    t = x.tiers(tier) if tier is not None else x.fit
    return s, (t if tier_first else np.zeros_like(t))


class Labelled:
    def __init__(self):
        spec = json.load(open(SETS / (LABELLED + ".json")))
        rows = read(LABELLED)
        self.dirs = {}
        for d, key, other in (("n2c", "need", "citizen"), ("c2n", "citizen", "need")):
            grades = {}
            for j in spec["judgements"]:
                grades.setdefault(j[key], {})[j[other]] = j["grade"]
            queries = [q for q, g in grades.items() if any(v > 0 for v in g.values())]
            x = Direction([r for r in rows if r["direction"] == d], queries)
            x.grades = grades
            self.dirs[d] = x

    def evaluate(self, w, tier, tier_first=True):
        """(nDCG@10, MRR) need → citizens and citizen → needs."""
        out = []
        for d in ("n2c", "c2n"):
            x = self.dirs[d]
            s, t = scored(x, w, tier, tier_first)
            ndcg, mrr = [], []
            for qi, q in enumerate(x.queries):
                idx = np.nonzero(x.q == qi)[0]
                order = sorted(idx, key=lambda i: (t[i], -s[i], x.pos[i]))[:K]
                g = [x.grades[q].get(x.other[i], 0) for i in order]
                ideal = sorted(x.grades[q].values(), reverse=True)[:K]
                dcg = sum((2 ** v - 1) / np.log2(i + 2) for i, v in enumerate(g))
                idcg = sum((2 ** v - 1) / np.log2(i + 2) for i, v in enumerate(ideal))
                ndcg.append(dcg / idcg if idcg else 0)
                mrr.append(next((1 / (i + 1) for i, v in enumerate(g) if v >= 2), 0))
            out.append((np.mean(ndcg), np.mean(mrr)))
        return out


TIERS = [(share, related) for share in (0.5, 0.67, 0.75) for related in (False, True)]
ORDERS = [True, False]
CURRENT_TIER = (0.5, False)
STEPS = (0.0, 0.25, 0.5, 0.75, 1.5, 2.0, 3.0, 4.0)
# No part below this weight: the carving's value is hours x (w_hours + w_taskFit x fit) and must stay
# positive, and a part the explanation shows should count for something.
FLOOR = 0.01


def mean_mrr(sets, w, tier, first):
    return float(np.mean([np.mean([m for m, _ in s.evaluate(w, tier, first)]) for s in sets]))


def allowed(labelled, w, tier, first):
    (n1, _), (n2, _) = labelled.evaluate(w, tier, first)
    return n1 >= LABELLED_NOW[0] - LABELLED_SLACK - 1e-9 and n2 >= LABELLED_NOW[1] - LABELLED_SLACK - 1e-9


def ascend(sets, labelled, tier, first, start=CURRENT):
    """Coordinate ascent from the current weights: each weight in turn times each step, the best kept
    (ties keep the weights as they are), until a round changes nothing; the labelled set a constraint."""
    w = start / start.sum()
    best = mean_mrr(sets, w, tier, first) if allowed(labelled, w, tier, first) else -1
    evaluated = 1
    for _ in range(6):
        moved = False
        for i in range(len(PARTS)):
            for step in STEPS:
                v = w.copy()
                v[i] = w[i] * step if w[i] > 0 else 0.05 * step
                if v.sum() == 0:
                    continue
                v = v / v.sum()
                if v.min() < FLOOR - 1e-12:
                    continue
                evaluated += 1
                if not allowed(labelled, v, tier, first):
                    continue
                m = mean_mrr(sets, v, tier, first)
                if m > best + 1e-9:
                    best, w, moved = m, v, True
        if not moved:
            break
    return w, best, evaluated


def fit(sets, labelled, orders=ORDERS):
    """The best configuration on {@code sets}: weights by coordinate ascent under each tier rule and order."""
    results = []
    total = 0
    for tier in TIERS:
        for first in orders:
            w, m, n = ascend(sets, labelled, tier, first)
            total += n
            results.append((m, -np.abs(w - CURRENT).sum(), tier, first, w))
    results.sort(key=lambda r: (r[0], r[1]), reverse=True)
    return results, total


def fmt(w):
    return " ".join(f"{p}={v:.3f}" for p, v in zip(PARTS, w))


def config(tier, first):
    return f"share {tier[0]}, related goal {'counts' if tier[1] else 'no'}, {'tier first' if first else 'score only'}"


def pair(e):
    return f"{e[0][0]:.3f} / {e[1][0]:.3f}"


def main():
    sets = {name: PairSet(name) for name in PAIR_SETS}
    labelled = Labelled()

    print("## Reproduction (served tiers and scores; then the scores re-computed with the current weights)")
    for name, s in sets.items():
        print(f"{name}: served {pair(s.evaluate(None, None))}, re-scored {pair(s.evaluate(CURRENT, CURRENT_TIER))}")
    print(f"labelled nDCG@10 / MRR: {labelled.evaluate(None, None)} re-scored {labelled.evaluate(CURRENT, CURRENT_TIER)}")

    print("\n## Current weights and tier, each set; and the tier variants with the current weights")
    for tier in TIERS:
        for first in ORDERS:
            row = [pair(s.evaluate(CURRENT, tier, first)) for s in sets.values()]
            lab = labelled.evaluate(CURRENT, tier, first)
            print(f"{config(tier, first)}: " + " | ".join(row) + f" | labelled nDCG {lab[0][0]:.3f} / {lab[1][0]:.3f}")

    for orders, title in ((ORDERS, "tier first or score only"), ([True], "tier first only (the contract's order)")):
        cross_validate(sets, labelled, orders, title)
    in_sample(sets, labelled)
    text_only(sets, labelled)
    if len(sys.argv) == 9:
        w = np.array([float(a) for a in sys.argv[1:]])
        print(f"\n## Given weights {fmt(w / w.sum())}, current tier rule")
        for name, s in sets.items():
            print(f"{name}: {pair(s.evaluate(w / w.sum(), CURRENT_TIER))}")
        print(f"labelled nDCG@10 / MRR: {labelled.evaluate(w / w.sum(), CURRENT_TIER)}")


def text_only(sets, labelled):
    """One degree of freedom: the text part's weight, the others in the current proportions."""
    print("\n## The text weight alone (the others as now, scaled), current tier rule")
    grid = [0.04, 0.08, 0.12, 0.16, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6]

    def weights(t):
        w = CURRENT.copy()
        w[7] = 0
        return np.append(w[:7] / w.sum() * (1 - t), t)

    for t in grid:
        w = weights(t)
        row = [pair(s.evaluate(w, CURRENT_TIER)) for s in sets.values()]
        lab = labelled.evaluate(w, CURRENT_TIER)
        print(f"text {t:.2f}: " + " | ".join(row) + f" | labelled nDCG {lab[0][0]:.3f} / {lab[1][0]:.3f}")
    for held in PAIR_SETS:
        train = [s for n, s in sets.items() if n != held]
        ok = [t for t in grid if allowed(labelled, weights(t), CURRENT_TIER, True)]
        best = max(ok, key=lambda t: (round(mean_mrr(train, weights(t), CURRENT_TIER, True), 9), -abs(t - 0.08)))
        print(f"fold held out {held}: text {best:.2f} chosen; held out {pair(sets[held].evaluate(weights(best), CURRENT_TIER))}"
              f" against {pair(sets[held].evaluate(CURRENT, CURRENT_TIER))} now")


def cross_validate(sets, labelled, orders, title):
    print(f"\n## Leave one set out: {title}")
    for held in PAIR_SETS:
        train = [s for n, s in sets.items() if n != held]
        results, total = fit(train, labelled, orders)
        m, _, tier, first, w = results[0]
        now = sets[held].evaluate(CURRENT, CURRENT_TIER)
        then = sets[held].evaluate(w, tier, first)
        print(f"fold: held out {held}; {total} configurations evaluated")
        print(f"  chosen: {config(tier, first)}; {fmt(w)}; training mean MRR {m:.3f}"
              f" (current {mean_mrr(train, CURRENT, CURRENT_TIER, True):.3f})")
        print(f"  held-out MRR: current {pair(now)} (mean {(now[0][0] + now[1][0]) / 2:.3f}),"
              f" fitted {pair(then)} (mean {(then[0][0] + then[1][0]) / 2:.3f});"
              f" hits@1 current {now[0][1]:.3f} / {now[1][1]:.3f}, fitted {then[0][1]:.3f} / {then[1][1]:.3f}")
        lab = labelled.evaluate(w, tier, first)
        print(f"  labelled nDCG@10 {lab[0][0]:.3f} / {lab[1][0]:.3f}, MRR {lab[0][1]:.3f} / {lab[1][1]:.3f}")
        for r in results[1:3]:
            print(f"    runner-up {r[0]:.3f}: {config(r[2], r[3])}; {fmt(r[4])}; held out {pair(sets[held].evaluate(r[4], r[2], r[3]))}")



def in_sample(sets, labelled):
    print("\n## In-sample: fitted on all three")
    results, total = fit(list(sets.values()), labelled)
    shown = set()
    for m, _, tier, first, w in results:
        if (tier, first) in shown or len(shown) >= 4 and first is False:
            continue
        shown.add((tier, first))
        row = [pair(s.evaluate(w, tier, first)) for s in sets.values()]
        lab = labelled.evaluate(w, tier, first)
        print(f"{m:.3f}: {config(tier, first)}; {fmt(w)}; " + " | ".join(row)
              + f" | labelled nDCG {lab[0][0]:.3f} / {lab[1][0]:.3f}")
    print(f"current: {mean_mrr(list(sets.values()), CURRENT, CURRENT_TIER, True):.3f}; {total} configurations evaluated")


if __name__ == "__main__":
    main()
