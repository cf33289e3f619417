package io.tabletheory.lambda;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The process's memory at one moment, against what the function was given ({@link LambdaTableTheory#memoryStats()}).
 *
 * @param heapUsedBytes bytes of Java heap in use (live objects and garbage not yet collected)
 * @param heapCommittedBytes bytes of heap the JVM holds from the operating system
 * @param heapMaxBytes the most heap the JVM will grow to; {@code -1} when it has no limit
 * @param nonHeapUsedBytes bytes used outside the heap by the JVM's own areas (metaspace, code cache)
 * @param residentSetBytes the process's resident set (VmRSS of {@code /proc/self/status}), where the operating
 *     system exposes it (Linux, so always on Lambda)
 * @param configuredMemoryMegabytes the function's memory setting, {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}; empty
 *     outside Lambda
 * @param usedPercent the resident set (or, without one, committed heap plus non-heap) as a percentage of the
 *     configured memory; empty when the configured memory is unknown
 */
public record MemoryStats(
        long heapUsedBytes,
        long heapCommittedBytes,
        long heapMaxBytes,
        long nonHeapUsedBytes,
        OptionalLong residentSetBytes,
        OptionalInt configuredMemoryMegabytes,
        OptionalDouble usedPercent) {}
