#!/usr/bin/env python3
"""Recomputes the gate experiment of docs/studies/2026-11-28-gate-noise.md from the committed raw CSVs.

Usage (from the repository root): python3 docs/studies/regression-data/analyse.py
Per run and cell: median of the per-repetition metric, current / baseline, for three metrics;
then the spread of those ratios over the unchanged (clean-*) and slowed (slow-*) runs.
"""
import csv, glob, os, statistics as st

BASELINE = "docs/studies/regression-data/baseline-raw.csv"  # this study's gate-profile baseline (results/baselines/ now holds quick)
RUNS = "docs/studies/regression-data"
METRICS = ["raw", "calibrated", "per-cpu"]


def load(path):
    cells = {}
    for r in csv.DictReader(open(path)):
        if r["status"] != "ok":
            continue
        sps = float(r["samples_per_sec"])
        m = {"raw": sps, "calibrated": sps / float(r["calibration_per_sec"]), "per-cpu": sps / float(r["cpu_share"])}
        cells.setdefault(r["scenario"], []).append((m, float(r["cpu_share"])))
    return cells


def order(path):
    name = os.path.basename(path).replace("-raw.csv", "")
    kind, n = name.split("-")
    return (int(n) * 3 if kind == "clean" else int(n) * 9 + 1), name  # slow-k ran after clean-3k


base = load(BASELINE)
ratios = {k: {m: [] for m in METRICS} for k in ("clean", "slow")}
print("| run | cell | " + " | ".join(f"{m} ratio" for m in METRICS) + " | CPU share (median) |")
print("|---|---|" + "---|" * (len(METRICS) + 1))
for path in sorted(glob.glob(f"{RUNS}/clean-*-raw.csv") + glob.glob(f"{RUNS}/slow-*-raw.csv"), key=order):
    name = os.path.basename(path).replace("-raw.csv", "")
    cur = load(path)
    for cell in base:
        if cell not in cur:
            continue
        line = []
        for m in METRICS:
            r = st.median(x[0][m] for x in cur[cell]) / st.median(x[0][m] for x in base[cell])
            ratios[name.split("-")[0]][m].append(r)
            line.append(f"{r:.3f}")
        print(f"| {name} | {cell} | " + " | ".join(line) + f" | {st.median(x[1] for x in cur[cell]):.2f} |")
print()
print("| metric | unchanged runs: cells, min, median, max ratio | CV | 30% slowdown: cells, min, median, max ratio |")
print("|---|---|---|---|")
for m in METRICS:
    c, s = ratios["clean"][m], ratios["slow"][m]
    print(f"| {m} | {len(c)}, {min(c):.3f}, {st.median(c):.3f}, {max(c):.3f} | {st.pstdev(c) / st.mean(c):.3f} "
          f"| {len(s)}, {min(s):.3f}, {st.median(s):.3f}, {max(s):.3f} |")
