package io.tabletheory.server;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar tabletheory-server.jar [--port 8000] [--host 127.0.0.1] [--data DIR]}: serves a new in-memory
 * DynamoDB until the process is stopped. Prints the endpoint once it is listening (with the port chosen, for {@code
 * --port 0}). With {@code --data}, the tables saved in the directory are loaded at start and every table is saved
 * there on shutdown (a killed process, SIGKILL, saves nothing). An {@link Error} no request handler catches (out of
 * memory, above all) stops the process at once with exit code 3 and a message on standard error.
 */
public final class Main {
    private static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: java -jar tabletheory-server.jar [options]",
            "  --port N                 port to listen on (default 8000; 0 picks a free port and prints it)",
            "  --host ADDRESS           address to listen on (default 127.0.0.1; 0.0.0.0 for every interface,",
            "                           which lets other machines in: the endpoint accepts any credentials)",
            "  --max-request-bytes N    largest request body accepted (default 16777216)",
            "  --max-workers N          most requests served or arriving at once (default 1024)",
            "  --data DIR               load tables from DIR at start and save them there on shutdown",
            "                           (created if missing; default: none, tables live as long as the process)",
            "  --help                   print this help");

    private Main() {}

    /** Runs the server until the JVM is stopped. */
    public static void main(String[] arguments) throws InterruptedException {
        FatalErrors.install(System.err);
        TableTheoryServer.Builder builder = TableTheoryServer.builder().port(8000);
        try {
            if (!configure(builder, List.of(arguments), System.out)) {
                return;
            }
        } catch (IllegalArgumentException invalid) {
            System.err.println("tabletheory-server: " + invalid.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        TableTheoryServer server;
        try {
            server = builder.start();
        } catch (IllegalStateException | UncheckedIOException cannotStart) {
            System.err.println("tabletheory-server: " + cannotStart.getMessage());
            System.exit(1);
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
        server.dataDirectory()
                .ifPresent(directory -> System.out.println(
                        "Data directory " + directory + ": tables loaded from it, saved to it on shutdown"));
        Banner.lines(server).forEach(System.out::println);
        System.out.flush();
        stopped.await();
    }

    private static void stop(TableTheoryServer server) {
        try {
            server.close();
            server.dataDirectory().ifPresent(directory -> System.out.println("Tables saved to " + directory));
        } catch (RuntimeException cannotSave) {
            System.err.println("tabletheory-server: " + cannotSave.getMessage());
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
                case "--max-request-bytes" -> builder.maxRequestBytes(
                        integer(option, value(arguments, ++index, option)));
                case "--max-workers" -> builder.maxWorkers(integer(option, value(arguments, ++index, option)));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return true;
    }

    private static String value(List<String> arguments, int index, String option) {
        if (index >= arguments.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return arguments.get(index);
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
        }
    }
}
