#!/usr/bin/env bash
# Counts the public types (top-level and nested classes, interfaces, enums, records, annotations)
# declared in the `internal` packages of every module's main sources: what a class-path user can
# still reach although it is not API. Prints one line per type, then the totals per module.
#
#   scripts/count-internal-public-types.sh          list and totals
#   scripts/count-internal-public-types.sh --total  only the total
#   scripts/count-internal-public-types.sh --check  fail unless the list (without line numbers)
#                                                   equals scripts/internal-public-types.txt
#
# --check runs in CI, so a new public type in an internal package needs a reviewed line in
# scripts/internal-public-types.txt (say there why it cannot be package-private).
set -euo pipefail
cd "$(dirname "$0")/.."
list=$(find . -path '*/src/main/java/*' -path '*/internal/*' -name '*.java' -not -path '*/target/*' \
  -not -name package-info.java | sort | while read -r f; do
    grep -nE '^\s*public\s+((static|final|abstract|sealed|non-sealed)\s+)*(class|interface|enum|record|@interface)\s+[A-Za-z_]' "$f" \
      | sed -E "s|^([0-9]+):\s*public.*(class\|interface\|enum\|record\|@interface)\s+([A-Za-z_0-9]+).*|${f#./}:\1 \3|" || true
  done)
if [ "${1:-}" = "--total" ]; then
  printf '%s\n' "$list" | grep -c . || true
  exit 0
fi
if [ "${1:-}" = "--check" ]; then
  allowed=scripts/internal-public-types.txt
  found=$(printf '%s\n' "$list" | grep . | sed -E 's/:[0-9]+ / /' || true)
  expected=$(grep -v -e '^#' -e '^$' "$allowed" || true)
  if [ "$found" != "$expected" ]; then
    echo "public types in internal packages differ from $allowed (< found, > allowed):" >&2
    diff <(printf '%s\n' "$found") <(printf '%s\n' "$expected") >&2 || true
    exit 1
  fi
  exit 0
fi
printf '%s\n' "$list"
echo "--"
printf '%s\n' "$list" | grep . | cut -d/ -f1 | sort | uniq -c
echo "total: $(printf '%s\n' "$list" | grep -c . || true)"
