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
 * The round trip of one PutItem (or GetItem) over a kept-alive HTTP connection, one client thread waiting for each
 * answer before sending the next: what each call of a sequential test costs against a local endpoint.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 1)
public class HttpLatencyBenchmark extends HttpItemBenchmark {}
