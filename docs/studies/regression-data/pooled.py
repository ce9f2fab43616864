#!/usr/bin/env python3
"""Recomputes a pooled-baseline quick-profile gate study of docs/studies/ (2026-11-28-gate-noise.md, 2026-11-29-gate-thread-cpu.md) from the raw CSVs of one folder.

Usage (from the repository root):
  python3 docs/studies/regression-data/pooled.py DIR [cell-threshold suite-threshold [metric]]
  DIR: docs/studies/regression-data/quick-thread-cpu (the committed baseline),
  docs/studies/regression-data/quick-thread-cpu-scoped or quick-thread-cpu-scoped-busy (pointer scopes, not adopted) or docs/studies/regression-data/quick-min300 (the per-cpu study,
  written before the thread_cpu_share column: scored with per-cpu and raw only)
  python3 docs/studies/regression-data/pooled.py DIR 0.35 0.15 thread-cpu pool-idle: idle-* runs pooled with clean-*

The baseline is pooled: every repetition of the unchanged runs (clean-*), as results/baselines/cpu-raw.csv is.
Each unchanged run is checked against the pool of the *other* unchanged runs (leave-one-out, so no run is
compared with itself); each slowed run (slow-*) against the pool of all unchanged runs. Per cell: median of the
per-repetition metric, current / baseline (what `alphabench check` computes); per run: the geometric mean over
cells (the suite ratio) and the verdict at the given thresholds and metric (default 0.35 per cell, 0.15 for the suite,
metric thread-cpu). Every run is also scored with the other metrics its CSVs allow, for comparison.
"""
import csv, glob, math, os, statistics as st, sys

HERE = sys.argv[1]
CELL_T = float(sys.argv[2]) if len(sys.argv) > 2 else 0.35
SUITE_T = float(sys.argv[3]) if len(sys.argv) > 3 else 0.15
GATE = sys.argv[4] if len(sys.argv) > 4 else "thread-cpu"
KEY = ("scenario", "layout", "window", "hidden_units", "batch_size", "epochs", "sequences")
ALL_METRICS = ("thread-cpu", "per-cpu", "raw")


def load(path):
    cells = {}
    for r in csv.DictReader(open(path)):
        if r["status"] == "ok":
            sps = float(r["samples_per_sec"])
            m = {"per-cpu": sps / float(r["cpu_share"]), "raw": sps}
            if r.get("thread_cpu_share"):
                m["thread-cpu"] = sps / float(r["thread_cpu_share"])
            cells.setdefault("|".join(r[k] for k in KEY), []).append(m)
    return cells


def pool(runs):
    out = {}
    for cells in runs:
        for k, v in cells.items():
            out.setdefault(k, []).extend(v)
    return out


def ratios(base, cur, metric):
    return {k: st.median(x[metric] for x in cur[k]) / st.median(x[metric] for x in base[k]) for k in base if k in cur}


def name(path):
    return os.path.basename(path).replace("-raw.csv", "")


clean = {name(p): load(p) for p in sorted(glob.glob(os.path.join(HERE, "clean-[0-9]*-raw.csv")), key=lambda p: int(name(p).split("-")[1]))}
slow = {name(p): load(p) for p in sorted(glob.glob(os.path.join(HERE, "slow-*-raw.csv")), key=lambda p: int(name(p).split("-")[1]))}
# idle-*: unchanged runs made under other conditions (an idle machine), scored against the whole pool, not pooled
idle = {name(p): load(p) for p in sorted(glob.glob(os.path.join(HERE, "idle-*-raw.csv")), key=lambda p: int(name(p).split("-")[1]))}
# a fifth argument "pool-idle": the idle runs join the unchanged pool (leave-one-out over all of them), as the
# committed results/baselines/cpu-raw.csv does
if len(sys.argv) > 5 and sys.argv[5] == "pool-idle":
    clean.update(idle)
    idle = {}
# the metrics every repetition of the folder has (thread-cpu needs the thread_cpu_share column)
METRICS = tuple(m for m in ALL_METRICS if all(m in x for runs in (clean, slow, idle) for cells in runs.values()
                                              for reps in cells.values() for x in reps))
if GATE not in METRICS:
    sys.exit(f"metric {GATE} is not available in {HERE} (available: {', '.join(METRICS)})")
suites = {(kind, m): [] for kind in ("clean", "slow", "idle") for m in METRICS}
lowest = {"clean": [], "slow": [], "idle": []}
print("| run | baseline pool | " + " | ".join(f"suite {m}" for m in METRICS)
      + f" | lowest cell ({GATE}) | cells below {1 - CELL_T:.2f} | verdict ({GATE}, {CELL_T:.2f} / {SUITE_T:.2f}) |")
print("|---" * (len(METRICS) + 5) + "|")
for kind, runs in (("clean", clean), ("slow", slow), ("idle", idle)):
    for run, cur in runs.items():
        others = [c for n, c in clean.items() if n != run]
        base = pool(others)
        line = {}
        for m in METRICS:
            r = ratios(base, cur, m)
            line[m] = math.exp(st.mean(math.log(v) for v in r.values()))
            suites[(kind, m)].append(line[m])
        pc = ratios(base, cur, GATE)
        low = min(pc, key=pc.get)
        lowest[kind].append(pc[low])
        below = sum(1 for v in pc.values() if v < 1 - CELL_T)
        regressed = below > 0 or line[GATE] < 1 - SUITE_T or len(pc) < len(base)
        parts = low.split("|")
        print(f"| {run} | {len(others)} clean runs | " + " | ".join(f"{line[m]:.3f}" for m in METRICS)
              + f" | {pc[low]:.3f} ({parts[0]} {parts[1]} b{parts[4]}) "
              f"| {below} | {'regression' if regressed else 'clean'} |")
print()
for kind in ("clean", "slow", "idle"):
    for m in METRICS:
        v = suites[(kind, m)]
        if v:
            print(f"{kind:5s} {m:10s} suite ratio: n={len(v)} min {min(v):.3f} median {st.median(v):.3f} max {max(v):.3f}")
    if lowest[kind]:
        print(f"{kind:5s} lowest {GATE} cell ratio in any run: {min(lowest[kind]):.3f}")
print()
# steadiness: spread of the unchanged runs' per-cell ratios (leave-one-out), per metric
for m in METRICS:
    logs = []
    for run, cur in clean.items():
        base = pool([c for n, c in clean.items() if n != run])
        logs += [math.log(v) for v in ratios(base, cur, m).values()]
    print(f"unchanged runs, {m:10s}: per-cell ratio spread (sd of log ratio) {st.pstdev(logs):.3f} over {len(logs)} cells, lowest {math.exp(min(logs)):.3f}")
