#!/usr/bin/env bash
# Runs the benchmarks behind BENCHMARKS.md: the in-memory emulator beside the raw maps that are its floor, and
# tabletheory-server beside dynalite (an in-memory DynamoDB emulator in Node.js, Apache-2.0) over HTTP, each pair in
# the same run.
# Builds target/benchmarks.jar (and tabletheory-server/target/tabletheory-server.jar, which the HTTP and process
# benchmarks launch) first if either is missing, and installs dynalite with npm into target/dynalite if it is not
# there (never into the source tree). The benchmarks themselves launch each server, tabletheory-server and dynalite
# alike, as a process of its own on a free loopback port and stop it afterwards (io.tabletheory.bench.ServerProcess).
# Every setting (forks, iterations, threads, time units) is in the benchmark classes' annotations, so a plain run
# reproduces the report; extra arguments go to JMH unchanged (a benchmark name pattern such as 'Http|ProcessStart',
# or -h for JMH's options). BENCH_JVM_ARGS, if set, is appended to the forked JVMs' flags (space-separated).
# Needs: Java 17+, Maven (if a jar is missing), Node.js 20+ and npm (node on the path, or NODE=/path/to/node).
# tabletheory-server is launched with default JVM flags, and (TABLETHEORY_SERVER_CDS) from a class-data-sharing
# archive, target/tabletheory-server.jsa, which the first such launch makes with a training run (ClassArchive).
# Results: target/jmh-result.json (JMH's JSON) and target/jmh-result.txt (the console log, ending in the table).
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
target="$bench/target"
server_jar="$bench/../tabletheory-server/target/tabletheory-server.jar"
dynalite_version="4.0.0"
dynalite_cli="$target/dynalite/node_modules/dynalite/cli.js"
node="${NODE:-$(command -v node)}"

if [[ ! -f "$target/benchmarks.jar" || ! -f "$server_jar" ]]; then
  (cd "$bench/.." && mvn -B -q -DskipTests -pl tabletheory-bench -am package)
fi
if [[ ! -f "$dynalite_cli" ]]; then
  mkdir -p "$target/dynalite"
  npm install --prefix "$target/dynalite" --no-audit --no-fund "dynalite@$dynalite_version"
fi

# The servers' logs (process-start-*.log, http-*.log) go to the working directory.
cd "$target"
{
  java -version 2>&1
  echo "node $("$node" --version), dynalite $dynalite_version"
  echo "nproc: $(nproc); load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee jmh-result.txt
# -Djmh.ignoreLock: JMH's lock file keeps a second JMH run on the machine from starting; on a machine shared with
# other users' runs that only stops this one, and the load it would avoid is there anyway (the log records it).
java -Djmh.ignoreLock=true -jar benchmarks.jar \
  -jvmArgsAppend "-Dtabletheory.bench.node=$node -Dtabletheory.bench.dynalite=$dynalite_cli${BENCH_JVM_ARGS:+ $BENCH_JVM_ARGS}" \
  -rf json -rff "$target/jmh-result.json" \
  "$@" 2>&1 | tee -a jmh-result.txt
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a jmh-result.txt
