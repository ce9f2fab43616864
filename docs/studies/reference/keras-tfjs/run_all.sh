#!/bin/bash
# Sequential runs (one process at a time), niced. Interleaves variants per seed.
cd "$(dirname "$0")"
for s in 1 2 3 4 5 6 7 8 9 10; do
  for r in hardSigmoid sigmoid; do
    nice -n 15 node stateful.js --seed $s --ract $r --eps 1e-7 --epochs 300 2>/dev/null | grep RESULT >> results_main.jsonl
  done
done
