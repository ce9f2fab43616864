#!/usr/bin/env bash
# The relative gate's study (docs/REGRESSION.md "The relative gate"): unchanged comparisons against HEAD,
# idle and with another job holding one core, and injected slowdowns of 10%, 20% and 30%; one CSV row per check.
#
#   docs/studies/relative-gate-study.sh [OUT.csv]
#   UNCHANGED=20 SLOWED=10 PROFILE=gate ROUNDS=5 docs/studies/relative-gate-study.sh   # the defaults
#
# Half of the unchanged checks run with a busy loop on one core (`LOADED=0` for none). Extra options for every
# check go in CHECK_OPTS (e.g. CHECK_OPTS='--threshold 0.05 --suite-threshold 0.03'). Run from the repository root
# on a committed tree: HEAD's build is cached in target/ab/ after the first check.
set -uo pipefail
cd "$(dirname "$0")/../.."
out="${1:-target/ab/study-$(date -u +%Y%m%d-%H%M%S).csv}"
unchanged="${UNCHANGED:-20}"
slowed="${SLOWED:-10}"
loaded="${LOADED:-$((unchanged / 2))}"
profile="${PROFILE:-gate}"
rounds="${ROUNDS:-5}"
mkdir -p "$(dirname "$out")"
echo "kind,slowdown,load,iteration,exit,suite_ratio,suite_low,suite_high,worst_cell_ratio,seconds,started_utc" > "$out"

one() { # kind slowdown load iteration
  local kind="$1" slowdown="$2" load="$3" i="$4" log start rc hog="" suite ratio interval worst
  log="$(mktemp)"
  if [[ "$load" == 1 ]]; then
    (while :; do :; done) & hog=$!
  fi
  start=$(date +%s)
  local opts=()
  [[ "$slowdown" != 0 ]] && opts=(--current-opts "-Dalphabench.test.slowdown=$slowdown")
  # shellcheck disable=SC2086
  scripts/alphabench check --base-ref HEAD --profile "$profile" --rounds "$rounds" "${opts[@]}" ${CHECK_OPTS:-} > "$log" 2>&1
  rc=$?
  [[ -n "$hog" ]] && kill "$hog" && wait "$hog" 2>/dev/null
  suite="$(grep '^suite (geometric mean)' "$log" | grep -oE '[0-9]+\.[0-9]{3}(\.\.[0-9]+\.[0-9]{3})?' | tr '\n' ' ')"
  ratio="$(echo "$suite" | awk '{print $1}')"
  interval="$(echo "$suite" | awk '{print $2}')"
  worst="$(grep -vE '^(suite|round|alphabench|cell|-)' "$log" | grep -E ' (slower|faster|~|failed)( |$)' \
    | grep -oE ' [0-9]+\.[0-9]{3} ' | sort -n | head -1 | tr -d ' ')"
  echo "$kind,$slowdown,$load,$i,$rc,${ratio:-},${interval%%..*},${interval##*..},${worst:-},$(( $(date +%s) - start )),$(date -u -d @"$start" +%FT%TZ)" >> "$out"
  echo "$kind slowdown=$slowdown load=$load #$i: exit $rc, suite ${ratio:-?} [${interval:-?}]"
  [[ "$rc" -ge 2 ]] && { echo "check failed to run (exit $rc):"; tail -5 "$log"; }
  rm -f "$log"
}

for i in $(seq 1 "$unchanged"); do
  one unchanged 0 $([[ "$i" -le "$loaded" ]] && echo 1 || echo 0) "$i"
done
for s in 0.1 0.2 0.3; do
  for i in $(seq 1 "$slowed"); do
    one slowed "$s" 0 "$i"
  done
done
echo "wrote $out"
awk -F, 'NR > 1 {n[$1" "$2]++; if ($5 == 1) hit[$1" "$2]++}
  END {for (k in n) printf "%s: %d of %d checks exited 1\n", k, hit[k] + 0, n[k]}' "$out" | sort
