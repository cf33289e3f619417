#!/usr/bin/env bash
# Runs the benchmarks behind BENCHMARKS.md: the in-memory emulator beside DynamoDB Local embedded, and
# tabletheory-server beside DynamoDB Local's own HTTP server, each pair in the same run.
# Builds target/benchmarks.jar (and tabletheory-server/target/tabletheory-server.jar, which ProcessStartBenchmark
# launches) first if either is missing. Every setting (forks, iterations, threads, time units) is in the benchmark
# classes' annotations, so a plain run reproduces the report; extra arguments go to JMH unchanged (a benchmark name
# pattern such as 'Http|ProcessStart', or -h for JMH's options). BENCH_JVM_ARGS, if set, is appended to the forked
# JVMs' flags (space-separated, e.g. BENCH_JVM_ARGS=-Dsun.net.httpserver.nodelay=true).
# Results: target/jmh-result.json (JMH's JSON) and target/jmh-result.txt (the console log, ending in the table).
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
target="$bench/target"
server_jar="$bench/../tabletheory-server/target/tabletheory-server.jar"

if [[ ! -f "$target/benchmarks.jar" || ! -f "$server_jar" ]]; then
  (cd "$bench/.." && mvn -B -q -DskipTests -pl tabletheory-bench -am package)
fi

# DynamoDB Local writes dynamodb-local-metadata.json to the working directory and extracts its native SQLite
# library to org.sqlite.tmpdir; keep both under target/ (ProcessStartBenchmark's server logs go there too).
cd "$target"
{ java -version 2>&1; echo "nproc: $(nproc); load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"; } \
  | tee jmh-result.txt
java -jar benchmarks.jar \
  -jvmArgsAppend "-Dorg.sqlite.tmpdir=$target${BENCH_JVM_ARGS:+ $BENCH_JVM_ARGS}" \
  -rf json -rff "$target/jmh-result.json" \
  "$@" 2>&1 | tee -a jmh-result.txt
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a jmh-result.txt
