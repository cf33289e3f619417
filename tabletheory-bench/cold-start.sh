#!/usr/bin/env bash
# The Lambda cold-start measurement behind BENCHMARKS.md ("Lambda cold start"): TableTheory through LambdaTableTheory
# beside the raw SDK (hand-tuned and as typically written) and the Enhanced Client, each a fresh JVM per run
# (initialise, one PutItem, one GetItem) against tabletheory-server on loopback, in interleaved rounds, with default
# flags, -XX:TieredStopAtLevel=1 and an AppCDS archive (io.tabletheory.bench.ColdStartDriver).
# Builds the bench jar, its class path file and tabletheory-server.jar first if one is missing. Argument: the
# number of rounds (10 by default). Results: target/cold-start.txt (also printed).
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
target="$bench/target"
if [[ ! -f "$target/cold-start.classpath" || ! -f "$bench/../tabletheory-server/target/tabletheory-server.jar" ]] \
    || ! ls "$target"/tabletheory-bench-*.jar >/dev/null 2>&1; then
  (cd "$bench/.." && mvn -B -q -DskipTests -pl tabletheory-bench -am package)
fi
jar="$(ls "$target"/tabletheory-bench-*.jar | head -1)"
java -cp "$jar:$(cat "$target/cold-start.classpath")" io.tabletheory.bench.ColdStartDriver "$@" | tee "$target/cold-start.txt"
