package io.tabletheory.server;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar tabletheory-server.jar [--port 8000] [--host 127.0.0.1] [--data DIR] [--durability sync|process]
 * [--poll-micros 50] [--poll-threads N] [--verbose]}:
 * serves a new in-memory DynamoDB until the process is stopped. Prints the endpoint once it is listening (with the
 * port chosen, for {@code --port 0}). With {@code --verbose}, it logs one line per request (see {@link
 * TableTheoryServer.Builder#verbose}); the runnable jar's slf4j binding (slf4j-simple) prints log lines on standard
 * error, with the time of day. With {@code --data}, the tables kept in the directory are loaded at start and
 * every write is journaled there before it is acknowledged, so it survives {@code kill -9}.
 *
 * <p>Exit statuses: {@value #EXIT_STOPPED} stopped normally; {@value #EXIT_CANNOT_START} could not start (the port is
 * taken, the data directory cannot be written, is held by another server or holds files that do not load); {@value
 * #EXIT_USAGE} bad command line; {@value #EXIT_FATAL_ERROR} an {@link Error} no request handler catches (out of memory,
 * above all) stopped the process at once, with a message on standard error (every write acknowledged before it is in
 * the data directory's journal); {@value #EXIT_DATA_FAILED} the data directory could not be written while serving (the
 * server refused writes from that moment and stopped). A JVM stopped by a signal exits with 128 + the signal's number
 * (143 for SIGTERM, 130 for SIGINT) after a normal stop.
 */
public final class Main {
    /** The exit status of a normal stop. */
    public static final int EXIT_STOPPED = 0;

    /** The exit status when the server cannot start. */
    public static final int EXIT_CANNOT_START = 1;

    /** The exit status for a bad command line. */
    public static final int EXIT_USAGE = 2;

    /** The exit status when a fatal error (out of memory, above all) stopped the process. */
    public static final int EXIT_FATAL_ERROR = FatalErrors.EXIT_CODE;

    /** The exit status when the data directory could not be written while serving. */
    public static final int EXIT_DATA_FAILED = 4;

    private static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: java -jar tabletheory-server.jar [options]",
            "  --port N                 port to listen on (default 8000; 0 picks a free port and prints it)",
            "  --host ADDRESS           address to listen on (default 127.0.0.1; 0.0.0.0 for every interface,",
            "                           which lets other machines in: the endpoint accepts any credentials)",
            "  --max-request-bytes N    largest request body accepted (default 16777216)",
            "  --max-workers N          most requests served or arriving at once (default 1024)",
            "  --poll-micros N          after answering, a connection polls for the next request this long before",
            "                           it blocks, while no other request is served: spares a client sending one",
            "                           request at a time the wake-up of an idle processor (default 50; 0 turns",
            "                           polling off; at most 1000000)",
            "  --poll-threads N         most connections polling at once (default: processors - 1; 0 turns it off)",
            "  --data DIR               keep the tables in DIR: loaded at start, every write journaled there",
            "                           before it is acknowledged (created if missing; one server per directory;",
            "                           default: none, tables live as long as the process)",
            "  --durability MODE        with --data: 'sync' (default) acknowledges a write once it is forced to",
            "                           disk (survives kill -9 and power loss); 'process' once the operating system",
            "                           has it (survives kill -9; a power loss may lose the last second)",
            "  --verbose                log one line per request on standard error: operation, table, HTTP",
            "                           status (and DynamoDB's error type when it failed), latency",
            "  --help                   print this help",
            "",
            "Exit status: 0 stopped normally; 1 cannot start (port taken, data directory not writable, in use by",
            "another server, or not loadable); 2 bad command line; 3 a fatal error (out of memory) stopped it at once;",
            "4 the data directory could not be written while serving (writes were refused from then on); 128+N when",
            "stopped by signal N after a normal stop.");

    private Main() {}

    /** Runs the server until the JVM is stopped. */
    public static void main(String[] arguments) throws InterruptedException {
        FatalErrors.install(System.err);
        configureSimpleLogger();
        TableTheoryServer.Builder builder = TableTheoryServer.builder().port(8000);
        try {
            if (!configure(builder, List.of(arguments), System.out)) {
                return;
            }
        } catch (IllegalArgumentException invalid) {
            System.err.println("tabletheory-server: " + invalid.getMessage());
            System.err.println(USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        TableTheoryServer server;
        try {
            server = builder.start();
        } catch (IllegalStateException | UncheckedIOException cannotStart) {
            System.err.println("tabletheory-server: " + cannotStart.getMessage());
            System.exit(EXIT_CANNOT_START);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stop(server);
                            stopped.countDown();
                        },
                        "tabletheory-server-shutdown"));
        server.dataDirectoryFailure().thenAccept(failure -> {
            System.err.println("tabletheory-server: " + failure.getMessage());
            System.exit(EXIT_DATA_FAILED);
        });
        server.dataDirectory()
                .ifPresent(directory -> System.out.println("Data directory " + directory
                        + ": tables loaded from it, every write journaled there before it is acknowledged"));
        Banner.lines(server).forEach(System.out::println);
        System.out.flush();
        stopped.await();
    }

    /** Stops the server; a data directory that failed makes the process exit with {@link #EXIT_DATA_FAILED}. */
    private static void stop(TableTheoryServer server) {
        try {
            server.close();
            server.dataDirectory().ifPresent(directory -> System.out.println("Every write is kept in " + directory));
        } catch (RuntimeException cannotKeep) {
            System.err.println("tabletheory-server: " + cannotKeep.getMessage());
            System.err.flush();
            Runtime.getRuntime().halt(EXIT_DATA_FAILED);
        }
    }

    /** Applies the command-line options to {@code builder}; false when there is nothing to run (help). */
    static boolean configure(TableTheoryServer.Builder builder, List<String> arguments, PrintStream out) {
        for (int index = 0; index < arguments.size(); index++) {
            String option = arguments.get(index);
            switch (option) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return false;
                }
                case "--port" -> builder.port(integer(option, value(arguments, ++index, option)));
                case "--host" -> builder.host(value(arguments, ++index, option));
                case "--data" -> builder.dataDirectory(Path.of(value(arguments, ++index, option)));
                case "--durability" -> builder.durability(durability(value(arguments, ++index, option)));
                case "--max-request-bytes" -> builder.maxRequestBytes(
                        integer(option, value(arguments, ++index, option)));
                case "--max-workers" -> builder.maxWorkers(integer(option, value(arguments, ++index, option)));
                case "--poll-micros" -> builder.pollTime(
                        Duration.ofNanos(1000L * integer(option, value(arguments, ++index, option))));
                case "--poll-threads" -> builder.pollThreads(integer(option, value(arguments, ++index, option)));
                case "--verbose", "-v" -> builder.verbose(true);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return true;
    }

    /**
     * The runnable jar's log format, unless the command line chose another ({@code -Dorg.slf4j.simpleLogger...}):
     * the time of day and the logger's short name before each line. Set before the first logger is made, which reads
     * them; they mean nothing to another slf4j binding.
     */
    private static void configureSimpleLogger() {
        defaultProperty("org.slf4j.simpleLogger.showDateTime", "true");
        defaultProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        defaultProperty("org.slf4j.simpleLogger.showThreadName", "false");
        defaultProperty("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    private static String value(List<String> arguments, int index, String option) {
        if (index >= arguments.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return arguments.get(index);
    }

    private static Durability durability(String value) {
        return switch (value) {
            case "sync" -> Durability.SYNC;
            case "process" -> Durability.PROCESS;
            default -> throw new IllegalArgumentException(
                    "--durability needs 'sync' or 'process', got '" + value + "'");
        };
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
        }
    }
}
