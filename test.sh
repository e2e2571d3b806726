#!/usr/bin/env bash
# Runs every test of ActorGraph: restores, builds, runs all test projects, prints one summary line.
set -euo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
status=0
dotnet test ActorGraph.sln -c Release --nologo 2>&1 | tee "$log" || status=$?

# One closing line for CI: "N passed, N failed, N skipped".
awk '
  /(Passed|Failed)!  *- *Failed: / {
    for (i = 1; i <= NF; i++) {
      gsub(",", "", $(i+1))
      if ($i == "Failed:") f += $(i+1)
      if ($i == "Passed:") p += $(i+1)
      if ($i == "Skipped:") s += $(i+1)
    }
  }
  END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }
' "$log"
rm -f "$log"
exit $status
