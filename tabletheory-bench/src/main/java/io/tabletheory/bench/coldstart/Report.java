package io.tabletheory.bench.coldstart;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The line every launcher prints last, which {@code ColdStartDriver} parses: {@code cold-start cpu_ms=<user+system
 * CPU of the process so far> hwm_kb=<VmHWM, the peak resident set> in_jvm_ms=<time since the JVM started>} and the
 * value read back, so a launcher that read nothing cannot pass for a fast one. It then ends the process at once
 * (every contender alike), so that no client's idle threads hold the JVM open.
 */
public final class Report {
    /** The key and values every contender writes and reads back. */
    public static final String TABLE = "cold-start";

    public static final String KEY = "item-1";
    public static final String NAME = "Ada Lovelace";
    public static final long COUNT = 1815;

    private Report() {}

    /** Prints the figures of this process and what it read. */
    public static void print(String name, long count) {
        Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        long sinceStart = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        if (!NAME.equals(name) || count != COUNT) {
            throw new IllegalStateException("read back " + name + "/" + count + ", not what was written");
        }
        System.out.println("cold-start cpu_ms=" + cpu.toMillis() + " hwm_kb=" + statusKilobytes("VmHWM:")
                + " in_jvm_ms=" + sinceStart);
        System.out.flush();
        System.exit(0);
    }

    private static long statusKilobytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException unreadable) {
            return -1;
        }
        return -1;
    }
}
