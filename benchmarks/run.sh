#!/usr/bin/env bash
# Builds the benchmarks, runs them side by side, and prints the table of benchmarks/README.md
# (also written to benchmarks/target/results/table.md). Two JMH runs: the in-JVM benchmarks (the
# rule, JSON), then the `qualify` command end to end (single shots, one fresh JVM per shot, on an
# NDJSON file of seeded leads made on first use in benchmarks/target).
#
#   benchmarks/run.sh              short run: a few minutes on 2 cores; the command on 100,000 leads
#   benchmarks/run.sh --long       longer run, for publishing numbers; the command on 1,000,000 leads
#   benchmarks/run.sh [--long] -- EXTRA_JMH_ARGS...   e.g. -- -prof stack, or -- -prof jfr (both runs)
#   benchmarks/run.sh --kafka      the Kafka Streams benchmarks instead: the topology's per-record
#                                  overhead, leads/s end to end against an in-process broker with
#                                  exactly_once_v2 and at_least_once, and a daily pass over
#                                  1,000,000 stored leads (about an hour on 2 cores); output in
#                                  benchmarks/target/results/kafka-*.log
#
# The benchmarks run on $JAVA_HOME/bin/java when JAVA_HOME is set, else on the java of the PATH.
#
# Every benchmark runs with -prof gc (bytes allocated per lead) and CpuTimeProfiler (CPU time, the
# command's child JVM included). The setup of each benchmark checks that every implementation
# agrees with the default qualifier on every lead (the command: one output line per lead), and -foe
# stops the run if one does not.
set -euo pipefail
cd "$(dirname "$0")/.."

timing=(-f 2 -wi 5 -w 1s -i 3 -r 1s)
command_leads=100000
command_timing=(-f 1 -wi 1 -i 3)
if [ "${1:-}" = "--long" ]; then
  timing=(-f 5 -wi 5 -w 2s -i 10 -r 2s)
  command_leads=1000000
  command_timing=(-f 1 -wi 1 -i 5)
  shift
fi
kafka=
if [ "${1:-}" = "--kafka" ]; then
  kafka=1
  shift
fi
if [ "${1:-}" = "--" ]; then
  shift
fi

# examples: the `qualify` command's jar (examples/target/qualify.jar).
mvn -q -B -pl benchmarks,examples -am package -DskipTests

java=java
if [ -n "${JAVA_HOME:-}" ]; then
  java="$JAVA_HOME/bin/java"
fi

out=benchmarks/target/results
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar

if [ -n "$kafka" ]; then
  # Side by side within each run; the CPU times (cpu.time.norm, *Cpu*) hold on a busy machine.
  "$java" -jar "$jar" 'KafkaStreamsBenchmark\.perRecord' -f 1 -wi 2 -i 3 \
      -prof io.github.fourfold.benchmarks.CpuTimeProfiler "$@" | tee "$out/kafka-per-record.log"
  "$java" -jar "$jar" 'KafkaBrokerBenchmark' "$@" | tee "$out/kafka-broker.log"
  "$java" -jar "$jar" 'KafkaStreamsBenchmark\.pass' "$@" | tee "$out/kafka-pass.log"
  exit
fi
rm -f "$out/results.json" "$out/results-command.json"
profilers=(-prof gc -prof io.github.fourfold.benchmarks.CpuTimeProfiler -foe true)

set +e
"$java" -jar "$jar" 'io\.github\.fourfold\.benchmarks\.(QualifyBenchmark|JsonBenchmark|StreamingBenchmark)\.' "${timing[@]}" "${profilers[@]}" \
    -rf json -rff "$out/results.json" "$@" 2>&1 \
  | tee "$out/jmh.log" \
  | grep --line-buffered -E '^# Benchmark:|^Dataset:|Exception|ERROR'
status=${PIPESTATUS[0]}
if [ "$status" -eq 0 ]; then
  "$java" -jar "$jar" 'io\.github\.fourfold\.benchmarks\.QualifyCommandBenchmark\.' "${command_timing[@]}" \
      -p leads="$command_leads" -opi "$command_leads" "${profilers[@]}" \
      -rf json -rff "$out/results-command.json" "$@" 2>&1 \
    | tee "$out/jmh-command.log" \
    | grep --line-buffered -E '^# Benchmark:|^Dataset:|Exception|ERROR'
  status=${PIPESTATUS[0]}
fi
set -e
if [ "$status" -ne 0 ] || [ ! -s "$out/results.json" ] || [ ! -s "$out/results-command.json" ]; then
  echo "JMH failed (exit $status): see $out/jmh.log and $out/jmh-command.log" >&2
  exit 1
fi

{
  echo "Run on $(date -u +%Y-%m-%d): $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)," \
    "$("$java" -version 2>&1 | head -1)"
  echo
} > "$out/header.md"
"$java" -cp "$jar" io.github.fourfold.benchmarks.report.Report "$out/results.json" "$out/results-command.json" \
  "$out/table.md" > /dev/null
cat "$out/header.md" "$out/table.md" > "$out/report.md"
cat "$out/report.md"
