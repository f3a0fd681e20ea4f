#!/usr/bin/env bash
# Counts the public types (top-level and nested classes, interfaces, enums, records, annotations)
# declared in the `internal` packages of every module's main sources: what a class-path user can
# still reach although it is not API. Prints one line per type, then the totals per module.
#
#   scripts/count-internal-public-types.sh          list and totals
#   scripts/count-internal-public-types.sh --total  only the total
set -euo pipefail
cd "$(dirname "$0")/.."
list=$(find . -path '*/src/main/java/*' -path '*/internal/*' -name '*.java' -not -path '*/target/*' \
  -not -name package-info.java | sort | while read -r f; do
    grep -nE '^\s*public\s+((static|final|abstract|sealed|non-sealed)\s+)*(class|interface|enum|record|@interface)\s+[A-Za-z_]' "$f" \
      | sed -E "s|^([0-9]+):\s*public.*(class\|interface\|enum\|record\|@interface)\s+([A-Za-z_0-9]+).*|${f#./}:\1 \3|"
  done)
if [ "${1:-}" = "--total" ]; then
  printf '%s\n' "$list" | grep -c . || true
  exit 0
fi
printf '%s\n' "$list"
echo "--"
printf '%s\n' "$list" | grep . | cut -d/ -f1 | sort | uniq -c
echo "total: $(printf '%s\n' "$list" | grep -c . || true)"
