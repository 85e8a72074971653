#!/usr/bin/env bash
# The tests: builds the solution, then runs the unit test projects side by side and the course project after them (library tests, OpenCV
# parity, every lesson notebook in the real kernel, and every lesson's file-based app as a process), and ends with one line "N passed, N failed".
# Installs its prerequisites first (libgtk-3-0, chromium for the browser test, the pinned dotnet tools). Extra arguments go to `dotnet test`
# (e.g. --filter "FullyQualifiedName~Course.Tests"). The unit projects run side by side first, then the course project alone.
# --fast (first argument): the inner loop, unit tests only: every test but the EndToEnd tier (the tests that start kernels,
# Jupyter, lesson apps, the course program, fresh clones or Chromium), with the test projects side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
fast=false
if [ "${1:-}" = "--fast" ]; then
  fast=true
  shift
fi
source scripts/prerequisites.sh
ensure_prerequisites
if ! $fast; then
  install_chromium
  install_jupyter
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

echo "== build"
dotnet build Convolution.Teaching.sln -nologo -v:q
if ! $fast; then
  # The notebooks reference the Release build of the helper libraries (what their setup cell builds): build it now, not while tests run.
  dotnet build notebooks/lessons.slnf -c Release -nologo -v:q
fi

echo "== test"
results=artifacts/test-results
rm -rf "$results" artifacts/executed-tests/lessons-summary.txt
status=0
if $fast; then
  # No test in this tier starts a process, so the projects may share the cores.
  dotnet test Convolution.Teaching.sln --no-build --filter "Tier!=EndToEnd" --results-directory "$results" \
    --logger "trx;LogFilePrefix=results" --logger "console;verbosity=minimal" "$@" || status=$?
else
  # First the unit projects side by side, as --fast runs them (none starts a process: they only share the cores, and they
  # are done before any notebook runs), then the course project alone, so the notebook-running tests never share the
  # 2 cores or the NuGet cache with another project. One after another (-m:1) the unit projects took ~80 s. Each writes
  # its own trx (timestamped names could collide) and log, printed when all are done.
  units=()
  for project in tests/*.Tests; do
    [ "$project" = tests/Convolution.Teaching.Course.Tests ] || units+=("$project")
  done
  unit_logs=$(mktemp -d)
  unit_pids=()
  for project in "${units[@]}"; do
    name=$(basename "$project")
    dotnet test "$project" --no-build --results-directory "$results" \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" "$@" > "$unit_logs/$name.log" 2>&1 &
    unit_pids+=($!)
  done
  for i in "${!units[@]}"; do
    wait "${unit_pids[$i]}" || status=$?
    cat "$unit_logs/$(basename "${units[$i]}").log"
  done
  rm -rf "$unit_logs"
  dotnet test tests/Convolution.Teaching.Course.Tests --no-build --results-directory "$results" \
    --logger "trx;LogFileName=Convolution.Teaching.Course.Tests.trx" --logger "console;verbosity=minimal" "$@" || status=$?
fi

# Each lesson's run time and outputs (written by the lesson suite), then one closing line over every project.
summary=artifacts/executed-tests/lessons-summary.txt
if [ -f "$summary" ]; then echo "== lessons"; cat "$summary"; fi

passed=0; failed=0; total=0; executed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  value() { local v; v=$(echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"); echo "${v:-0}"; }
  passed=$((passed + $(value passed))); failed=$((failed + $(value failed)))
  total=$((total + $(value total))); executed=$((executed + $(value executed)))
  # Each project's wall time (the trx's start and finish), so the log shows where the minutes go. grep -m1, not
  # `grep | head -1`: under pipefail a grep cut off by head (a trx names its dll once a test) would end the script.
  times=$(grep -m1 -o '<Times [^>]*>' "$trx")
  start=$(echo "$times" | sed -n 's/.* start="\([^"]*\)".*/\1/p'); finish=$(echo "$times" | sed -n 's/.* finish="\([^"]*\)".*/\1/p')
  project=$(grep -m1 -o 'storage="[^"]*"' "$trx" | head -1 | sed 's/.*\/\([^/]*\)\.dll"/\1/')
  if [ -n "$start" ] && [ -n "$finish" ]; then
    echo "  $project: $(value passed) passed in $(( $(date -d "$finish" +%s) - $(date -d "$start" +%s) )) s"
  fi
done
skipped=$((total - executed))
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$total" -eq 0 ]; then
  echo "error: no test ran." >&2
  exit 1
fi
exit "$status"
