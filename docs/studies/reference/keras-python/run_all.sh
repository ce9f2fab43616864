#!/usr/bin/env bash
# Runs the tutorial's variable-length scenario in Keras for seeds 1..3, padded (the tutorial) then masked.
# Needs TensorFlow in the Python that PYTHON names (see RESULTS.md); not part of the build or CI.
set -euo pipefail
cd "$(dirname "$0")"
py="${PYTHON:-python3}"
mkdir -p results
for variant in padded masked; do
  flag=""; [[ "$variant" == masked ]] && flag="--mask"
  for seed in ${SEEDS:-1 2 3}; do
    "$py" variable_length.py --seed "$seed" $flag --steps-per-execution 1000 > "results/$variant-seed$seed.jsonl"
    tail -1 "results/$variant-seed$seed.jsonl"
  done
done
