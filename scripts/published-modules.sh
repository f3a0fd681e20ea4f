#!/usr/bin/env bash
# Prints the reactor modules that are published (one a line): those whose own pom lists the
# Central publishing plugin in its release profile. The BOM is published too but has no jar.
set -euo pipefail
cd "$(dirname "$0")/.."
for module in $(sed -n 's|.*<module>\(.*\)</module>.*|\1|p' pom.xml); do
  [ "$module" = bom ] && continue
  grep -q 'central-publishing-maven-plugin' "$module/pom.xml" && echo "$module"
done
exit 0
