package io.tabletheory.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Requests per second a server answers over HTTP with keep-alive when four client threads send PutItem (or GetItem)
 * as fast as it answers: the load of a test suite running its tests in parallel against one local endpoint. Client
 * and server share the machine's cores, so this is the throughput of the pair, the client's share being the same for
 * both servers.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(4)
@Fork(2)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 1)
public class HttpThroughputBenchmark extends HttpItemBenchmark {}
