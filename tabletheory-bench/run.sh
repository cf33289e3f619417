#!/usr/bin/env bash
# Runs the benchmarks behind BENCHMARKS.md: the in-memory emulator beside DynamoDB Local embedded, in the same run.
# Builds target/benchmarks.jar first if it is missing. Every setting (forks, iterations, time units) is in the
# benchmark classes' annotations, so a plain run reproduces the report; extra arguments go to JMH unchanged
# (a benchmark name pattern, or -h for JMH's options).
# Results: target/jmh-result.json (JMH's JSON) and target/jmh-result.txt (the console log, ending in the table).
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
target="$bench/target"

if [[ ! -f "$target/benchmarks.jar" ]]; then
  (cd "$bench/.." && mvn -B -q -DskipTests -pl tabletheory-bench -am package)
fi

# DynamoDB Local writes dynamodb-local-metadata.json to the working directory and extracts its native SQLite
# library to org.sqlite.tmpdir; keep both under target/.
cd "$target"
java -version 2>&1 | tee jmh-result.txt
java -jar benchmarks.jar \
  -jvmArgsAppend "-Dorg.sqlite.tmpdir=$target" \
  -rf json -rff "$target/jmh-result.json" \
  "$@" 2>&1 | tee -a jmh-result.txt
