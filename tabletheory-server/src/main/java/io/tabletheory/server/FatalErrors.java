package io.tabletheory.server;

import java.io.PrintStream;

/**
 * How the standalone server ({@link Main}) ends when the JVM fails underneath it: an {@link Error} no request handler
 * catches (above all {@link OutOfMemoryError}, which can also strike the JDK's connection dispatcher) halts the process
 * at once with {@link #EXIT_CODE} and a message on standard error, instead of leaving a process that holds its port,
 * answers nothing and ignores SIGTERM. It halts rather than exits: with the heap exhausted, shutdown hooks (saving a
 * data directory among them) could hang or save half a state. Servers embedded in a test JVM install nothing; the JVM
 * flag {@code -XX:+ExitOnOutOfMemoryError} gives the same protection against an out-of-memory error anywhere.
 */
final class FatalErrors {
    /** The exit code of a server halted by a fatal error. */
    static final int EXIT_CODE = 3;

    private FatalErrors() {}

    /** Makes every thread without a handler of its own halt the process on an uncaught {@link Error}. */
    static void install(PrintStream err) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            if (failure instanceof Error) {
                halt(err, thread, failure);
            } else if (previous != null) {
                previous.uncaughtException(thread, failure);
            } else {
                failure.printStackTrace(err);
            }
        });
    }

    private static void halt(PrintStream err, Thread thread, Throwable failure) {
        try {
            String what = failure instanceof OutOfMemoryError ? "out of memory" : "fatal error";
            err.println("tabletheory-server: " + what + " in thread " + thread.getName() + " (" + failure
                    + "); stopping now (exit code " + EXIT_CODE + "). Give the JVM more heap (-Xmx) or"
                    + " start it with -XX:+ExitOnOutOfMemoryError.");
            err.flush();
        } finally {
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }
}
