#!/usr/bin/env bash
# Regenerates the cross-target example in docs/example/: builds every CPU target whose instructions this CPU
# has (the registry's cpu-flags against /proc/cpuinfo), runs profiles/example.yaml on each, one after the other,
# and compares them with cpu as the reference. Run it on a quiet machine (nothing else running): the figures
# are committed as the README's example. Each target trains 22,127 fit calls (a few minutes on 2 idle cores), plus its
# target's first build. Usage: docs/example/regenerate.sh [target ...]   (default: every runnable CPU target)
set -euo pipefail
cd "$(dirname "$0")/../.."
registry=src/main/resources/dev/alphabench/backend/targets.ini
out=docs/example
name=cpu-targets

cpu_flags=" $(grep -m1 '^flags' /proc/cpuinfo | cut -d: -f2) "
runnable() { # target id -> whether its cpu-flags are all in /proc/cpuinfo
  local needs f
  needs="$(awk -v t="[$1]" '$0 == t {in_t = 1; next} /^\[/ {in_t = 0}
    in_t && $1 == "cpu-flags" {sub(/^[^=]*=[ \t]*/, ""); print; exit}' "$registry")"
  for f in $needs; do [[ "$cpu_flags" == *" $f "* ]] || return 1; done
}
if (( $# > 0 )); then
  targets="$*"
else
  targets=""
  for t in $(awk '/^\[/ {id = substr($0, 2, length($0) - 2)} $1 == "backend" && $3 == "CPU" {print id}' "$registry"); do
    if runnable "$t"; then targets="$targets $t"; else echo "example: $t skipped, this CPU lacks its instructions" >&2; fi
  done
fi
echo "example: targets:$targets; load average now: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

work="$(mktemp -d)"
inputs=()
for t in $targets; do
  echo "=== $t" >&2
  ALPHABENCH_TARGET="$t" scripts/alphabench run --profile example --out "$work/$t"
  cp "$work/$t/latest.csv" "$out/$t.csv"
  cp "$work/$t/latest-raw.csv" "$out/$t-raw.csv"
  inputs+=("$out/$t.csv")
done
scripts/alphabench compare "${inputs[@]}" --out "$out/$name"
echo "example: load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); report: $out/$name.md" >&2
echo "example: now replace the old omp1-vs-omp2 files, the README's example and docs/REPORTS.md's example section" >&2
