#!/usr/bin/env bash
# Builds the published artifacts twice from clean and fails unless every jar is byte-identical
# (project.build.outputTimestamp pins the timestamps inside them).
set -euo pipefail
cd "$(dirname "$0")/.."
modules="${MODULES:-$(bash scripts/published-modules.sh | paste -sd, -)}"
first=$(mktemp -d)
trap 'rm -rf "$first"' EXIT

build() {
  mvn -q -B -Prelease -Dgpg.skip -DskipTests -pl "$modules" -am clean package
}

build
for jar in $(for m in ${modules//,/ }; do ls "$m"/target/*.jar 2>/dev/null; done); do
  cp "$jar" "$first/"
done
build
status=0
count=0
for jar in $(for m in ${modules//,/ }; do ls "$m"/target/*.jar 2>/dev/null; done); do
  count=$((count + 1))
  if cmp -s "$jar" "$first/$(basename "$jar")"; then
    echo "reproducible: $(basename "$jar") $(sha256sum "$jar" | cut -c1-16)"
  else
    echo "NOT reproducible: $(basename "$jar")" >&2
    status=1
  fi
done
[ "$count" -gt 0 ] || { echo "no jars were built" >&2; exit 1; }
exit $status
