#!/usr/bin/env bash
# Builds the benchmarks, runs them side by side in one JMH run, and prints the table of
# benchmarks/README.md (also written to benchmarks/target/results/table.md).
#
#   benchmarks/run.sh              short run: a few minutes on 2 cores
#   benchmarks/run.sh --long       longer run, for publishing numbers (about half an hour)
#   benchmarks/run.sh [--long] -- EXTRA_JMH_ARGS...   e.g. -- -prof stack, or -- -prof jfr
#
# Every benchmark runs with -prof gc (bytes allocated per lead). The setup of each benchmark checks
# that every implementation agrees with the default qualifier on every lead, and -foe stops the
# run if one does not.
set -euo pipefail
cd "$(dirname "$0")/.."

timing=(-f 2 -wi 5 -w 1s -i 5 -r 1s)
if [ "${1:-}" = "--long" ]; then
  timing=(-f 5 -wi 5 -w 2s -i 10 -r 2s)
  shift
fi
if [ "${1:-}" = "--" ]; then
  shift
fi

mvn -q -B -pl benchmarks -am package -DskipTests

out=benchmarks/target/results
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar
rm -f "$out/results.json"
set +e
java -jar "$jar" 'io\.github\.fourfold\.benchmarks\..*' "${timing[@]}" -prof gc -prof io.github.fourfold.benchmarks.CpuTimeProfiler -foe true \
    -rf json -rff "$out/results.json" "$@" 2>&1 \
  | tee "$out/jmh.log" \
  | grep --line-buffered -E '^# Benchmark:|^Dataset:|Exception|ERROR'
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ] || [ ! -s "$out/results.json" ]; then
  echo "JMH failed (exit $status): see $out/jmh.log" >&2
  exit 1
fi

{
  echo "Run on $(date -u +%Y-%m-%d): $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)," \
    "$(java -version 2>&1 | head -1)"
  echo
} > "$out/header.md"
java -cp "$jar" io.github.fourfold.benchmarks.report.Report "$out/results.json" "$out/table.md" > /dev/null
cat "$out/header.md" "$out/table.md" > "$out/report.md"
cat "$out/report.md"
