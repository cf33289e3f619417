package io.tabletheory.lambda.internal;

import io.tabletheory.lambda.MemoryStats;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Reads {@link MemoryStats}: the JVM's memory beans, the resident set from {@code /proc/self/status} (where it
 * exists) and the function's memory from {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}.
 */
final class MemoryReader {
    static final String MEMORY_SIZE = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE";
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final long MEGABYTE = 1024L * 1024L;

    private MemoryReader() {}

    static MemoryStats read(Function<String, String> environment) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        MemoryUsage nonHeap = memory.getNonHeapMemoryUsage();
        OptionalLong resident = residentSetBytes();
        OptionalInt configured = configuredMegabytes(environment.apply(MEMORY_SIZE));
        OptionalDouble percent = OptionalDouble.empty();
        if (configured.isPresent()) {
            long used = resident.orElse(heap.getCommitted() + nonHeap.getUsed());
            percent = OptionalDouble.of(100.0 * used / (configured.getAsInt() * MEGABYTE));
        }
        return new MemoryStats(
                heap.getUsed(), heap.getCommitted(), heap.getMax(), nonHeap.getUsed(), resident, configured, percent);
    }

    static OptionalInt configuredMegabytes(String value) {
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int megabytes = Integer.parseInt(value.trim());
            return megabytes > 0 ? OptionalInt.of(megabytes) : OptionalInt.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }

    /** VmRSS of {@code /proc/self/status}, in bytes; empty where the file does not exist (not Linux). */
    static OptionalLong residentSetBytes() {
        if (!Files.isReadable(STATUS)) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    String kilobytes = line.substring("VmRSS:".length()).trim().split("\\s+")[0];
                    return OptionalLong.of(Long.parseLong(kilobytes) * 1024L);
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
