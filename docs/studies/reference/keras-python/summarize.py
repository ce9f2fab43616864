"""Table of the Keras variable-length runs in results/*.jsonl (markdown), for RESULTS.md."""
import glob
import json
import os
import statistics
import sys

here = os.path.dirname(os.path.abspath(__file__))
print("| variant | seed | accuracy at epoch 500 | best (first epoch) | epochs ≥ 99% | median of epochs 451–500 | final loss | train s |")
print("|---|---|---|---|---|---|---|---|")
for path in sorted(glob.glob(os.path.join(here, "results", "*.jsonl"))):
    rows, result = [], None
    for line in open(path):
        if line.startswith("{"):
            rows.append(json.loads(line))
        elif line.startswith("RESULT "):
            result = json.loads(line[7:])
    if not rows:
        continue
    acc = [r["accuracy"] for r in rows]
    best = max(acc)
    name = os.path.basename(path)[:-len(".jsonl")]
    variant, seed = name.rsplit("-seed", 1)
    if result is None:
        print(f"| {variant} | {seed} | (running: epoch {rows[-1]['epoch']}, {acc[-1]:.1%}) | {best:.1%} ({acc.index(best) + 1}) "
              f"| {sum(a >= 0.99 for a in acc)} | | {rows[-1]['loss']:.3f} | {rows[-1]['train_s']:.0f} |")
        continue
    tail = acc[450:500]
    print(f"| {variant} | {seed} | **{result['accuracy']:.1%}** | {best:.1%} ({acc.index(best) + 1}) | {sum(a >= 0.99 for a in acc)} "
          f"| {statistics.median(tail):.1%} | {result['loss']:.3f} | {result['train_s']:.0f} |")
