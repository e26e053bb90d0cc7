#!/usr/bin/env bash
# Runs every test (parser, media renders with the real ffmpeg and espeak-ng, and end-to-end `dotnet build`s of a
# project using the freshly packed SDK) and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
scripts/prerequisites.sh || exit 1
log=$(mktemp)
# No MSBuild node outlives the run (CI ends every process it left).
export MSBUILDDISABLENODEREUSE=1
dotnet test --solution DocsVideo.Sdk.sln 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -E '^\s+failed: [0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
rm -f "$log"
# A build break runs no test at all: count it as a failure rather than a silent zero.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"
