#!/usr/bin/env python3
"""Fits a ninth score part, the pair's trade affinity (TradeMix, test scope: the trades the need's and
the profile's words and concepts speak of), in each way WeightsFitDump writes it (columns trade_*:
the cosine, and the monotone share of the need's mix the profile covers), with leave-one-set-out
cross-validation over the readable pair sets (issue 24; docs/matching-quality.md, "Trade affinity").

    JOBMATCH_PORT=-1 jm-mvn -B -q test -Dtest=WeightsFitDump -Dgroups=benchmark -DexcludedGroups=none
    python3 tools/fit_trade_affinity.py

The eight served parts keep their weights (application.yml); the ninth's weight a is chosen per fold
on the training sets (the score is a weighted mean, so the others count relatively less as a grows),
with the labelled set's nDCG@10 held within 0.005 of the served figures.
"""
import numpy as np

import fit_weights as fw

OTHERS = np.array([0.103, 0.058, 0.080, 0.023, 0.07, 0.07, 0.07, 0.526])
fw.LABELLED_NOW = (0.985, 0.993)
GRID = [0.0, 0.02, 0.04, 0.06, 0.08, 0.10, 0.13, 0.16, 0.20, 0.25, 0.30, 0.40, 0.50, 0.60, 0.80, 1.00, 1.5, 2.0, 3.0]


class Direction(fw.Direction):
    """The eight served parts and a ninth, one of the dump's trade_* columns (use)."""

    def __init__(self, rows, queries):
        super().__init__(rows, queries)
        index = {q: i for i, q in enumerate(queries)}
        rows = [r for r in rows if r["query"] in index]
        self.variants = {k: np.array([float(r[k]) for r in rows]) for k in (rows[0] if rows else {})
                         if k.startswith("trade_")}
        self.parts = np.hstack([self.parts, np.zeros((len(rows), 1))])
        self.mask = np.hstack([self.mask, np.ones((len(rows), 1))])

    def use(self, variant):
        self.current = variant
        self.parts[:, -1] = self.variants[variant]


fw.Direction = Direction


def use(every, variant):
    for s in every:
        for d in s.dirs.values():
            d.use(variant)


def weights(a):
    return np.append(OTHERS, a)


def mean2(e):
    return (e[0][0] + e[1][0]) / 2


def main():
    sets = {name: fw.PairSet(name) for name in fw.PAIR_SETS}
    labelled = fw.Labelled()
    tier = fw.CURRENT_TIER
    print("## Reproduction at a = 0 (must equal the served figures)")
    for name, s in sets.items():
        print(f"{name}: served {fw.pair(s.evaluate(None, None))}, re-scored {fw.pair(s.evaluate(weights(0), tier))}")
    every = list(sets.values()) + [labelled]
    summary = []
    for variant in next(iter(sets.values())).dirs["n2c"].variants:
        use(every, variant)
        summary.append((variant, evaluate(sets, labelled, tier)))
    print("\n## Summary: out-of-fold gain against no trade part, per variant")
    for variant, (gains, chosen) in summary:
        print(f"{variant}: mean {np.mean(gains):+.4f}, folds gaining {sum(g > 1e-9 for g in gains)} of {len(gains)},"
              f" worst {min(gains):+.4f}; weights chosen {chosen}")


def evaluate(sets, labelled, tier):
    ok = [a for a in GRID if fw.allowed(labelled, weights(a), tier, True)]
    print(f"\n## Variant {next(iter(sets.values())).dirs['n2c'].current}")
    for a in GRID:
        row = [fw.pair(s.evaluate(weights(a), tier)) for s in sets.values()]
        lab = labelled.evaluate(weights(a), tier)
        print(f"  a {a:.2f}: " + " | ".join(row) + f" | labelled nDCG {lab[0][0]:.3f} / {lab[1][0]:.3f}"
              f" | mean {fw.mean_mrr(list(sets.values()), weights(a), tier, True):.4f}"
              f"{'' if a in ok else ' (labelled fails)'}")
    gains, chosen = [], []
    for held in fw.PAIR_SETS:
        train = [s for n, s in sets.items() if n != held]
        best = max(ok, key=lambda a: (round(fw.mean_mrr(train, weights(a), tier, True), 9), -a))
        e = sets[held].evaluate(weights(best), tier)
        base = sets[held].evaluate(weights(0), tier)
        gains.append(mean2(e) - mean2(base))
        chosen.append(best)
        print(f"  fold held out {held}: a {best:.2f}; held out {fw.pair(e)} against {fw.pair(base)} ({gains[-1]:+.4f})")
    return gains, chosen


if __name__ == "__main__":
    main()
