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
 * Requests per second a server answers when four lean clients, each on a kept-alive connection of its own, send
 * PutItem (or GetItem) as fast as it answers. Clients and server share the machine's cores; the lean client's share
 * is small and the same for both servers.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(4)
@Fork(2)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class HttpLeanThroughputBenchmark extends HttpLeanItemBenchmark {}
