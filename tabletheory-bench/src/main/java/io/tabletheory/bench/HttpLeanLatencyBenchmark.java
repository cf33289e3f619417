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
 * The round trip of one PutItem (or GetItem) from the lean client over a kept-alive connection, one thread waiting
 * for each answer before sending the next, sampled call by call: JMH reports the distribution, whose median (p0.50)
 * is the figure of the target.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class HttpLeanLatencyBenchmark extends HttpLeanItemBenchmark {}
