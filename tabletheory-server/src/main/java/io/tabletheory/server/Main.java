package io.tabletheory.server;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar tabletheory-server.jar [--port 8000] [--host 127.0.0.1]}: serves a new in-memory DynamoDB until
 * the process is stopped. Prints the endpoint once it is listening (with the port chosen, for {@code --port 0}).
 */
public final class Main {
    private static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: java -jar tabletheory-server.jar [options]",
            "  --port N                 port to listen on (default 8000; 0 picks a free port and prints it)",
            "  --host ADDRESS           address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)",
            "  --max-request-bytes N    largest request body accepted (default 16777216)",
            "  --help                   print this help");

    private Main() {}

    /** Runs the server until the JVM is stopped. */
    public static void main(String[] arguments) throws InterruptedException {
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
        TableTheoryServer server = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "tabletheory-server-shutdown"));
        System.out.println("TableTheory server listening on " + server.endpoint() + " (port " + server.port() + ")");
        System.out.flush();
        stopped.await();
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
                case "--max-request-bytes" -> builder.maxRequestBytes(
                        integer(option, value(arguments, ++index, option)));
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
