package io.tabletheory.bench;

import io.tabletheory.bench.coldstart.EnhancedClient;
import io.tabletheory.bench.coldstart.RawSdkTuned;
import io.tabletheory.bench.coldstart.RawSdkTypical;
import io.tabletheory.bench.coldstart.Report;
import io.tabletheory.bench.coldstart.TableTheoryLambda;
import io.tabletheory.bench.coldstart.TableTheoryLambdaCrt;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The Lambda cold-start measurement behind BENCHMARKS.md ("Lambda cold start"): starts tabletheory-server on a free
 * loopback port, creates the table, then, for each JVM configuration (default flags, {@code
 * -XX:TieredStopAtLevel=1}, an AppCDS archive made by a training run with {@code -XX:ArchiveClassesAtExit}), runs
 * every contender as a fresh {@code java -cp ...} process in interleaved rounds (the order rotates each round) and
 * reads, per process: wall time from launch to exit (measured here), the CPU time and peak resident set (VmHWM) the
 * process reports itself ({@link Report}). Prints medians with min..max and the ratios the issue sets as targets.
 *
 * <p>Each contender gets only the jars it would have: TableTheory and the hand-tuned SDK without the Apache, Netty
 * and CRT clients; TableTheory on the CRT without Apache, Netty and URL-connection; the typical SDK and the Enhanced
 * Client with the SDK's default dependencies (Apache and Netty) and neither URL-connection nor CRT.
 *
 * <p>Run: {@code tabletheory-bench/cold-start.sh [rounds]} (see BENCHMARKS.md); never run by {@code mvn verify}.
 */
public final class ColdStartDriver {
    private static final Pattern FIGURES = Pattern.compile("cold-start cpu_ms=(\\d+) hwm_kb=(\\d+) in_jvm_ms=(\\d+)");

    /** The contenders, their launcher and the jars they must not see. */
    enum Contender {
        TABLETHEORY(
                "TableTheory (LambdaTableTheory)",
                TableTheoryLambda.class,
                jar -> isApacheOrNetty(jar) || jar.contains("aws-crt") || jar.contains("dynamodb-enhanced")),
        RAW_TUNED("raw SDK, hand-tuned", RawSdkTuned.class, TABLETHEORY.excluded),
        RAW_TYPICAL(
                "raw SDK, typical",
                RawSdkTypical.class,
                jar -> isTableTheory(jar)
                        || jar.contains("url-connection-client")
                        || jar.contains("aws-crt")
                        || jar.contains("dynamodb-enhanced")),
        ENHANCED(
                "Enhanced Client",
                EnhancedClient.class,
                jar -> isTableTheory(jar) || jar.contains("url-connection-client") || jar.contains("aws-crt")),
        TABLETHEORY_CRT(
                "TableTheory on the CRT client",
                TableTheoryLambdaCrt.class,
                jar -> isApacheOrNetty(jar)
                        || jar.contains("url-connection-client")
                        || jar.contains("dynamodb-enhanced"));

        final String title;
        final Class<?> launcher;
        final Predicate<String> excluded;

        Contender(String title, Class<?> launcher, Predicate<String> excluded) {
            this.title = title;
            this.launcher = launcher;
            this.excluded = excluded;
        }
    }

    /** The JVM configurations measured. */
    enum Configuration {
        DEFAULT("default flags"),
        C1("-XX:TieredStopAtLevel=1"),
        APP_CDS("AppCDS archive (-XX:SharedArchiveFile)");

        final String title;

        Configuration(String title) {
            this.title = title;
        }
    }

    private record Run(long wallMillis, long cpuMillis, long peakRssKilobytes) {}

    private ColdStartDriver() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path target = Paths.get(ColdStartDriver.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getParent();
        List<String> classPath = new ArrayList<>(List.of(
                Files.readString(target.resolve("cold-start.classpath")).trim().split(File.pathSeparator)));
        // The launchers from the module's jar, not target/classes: AppCDS refuses a class path with a directory.
        classPath.add(0, launchersJar(target).toString());
        Path work = Files.createDirectories(target.resolve("cold-start"));
        PrintStream out = System.out;
        out.println(Runtime.version() + "; nproc " + Runtime.getRuntime().availableProcessors() + "; load average "
                + loadAverage() + "; " + rounds + " rounds");
        ServerProcess server = ServerProcess.launch(
                Server.TABLETHEORY_SERVER, work.resolve("cold-start").toString());
        try {
            createTable(server);
            Map<Configuration, Map<Contender, List<Run>>> results = new EnumMap<>(Configuration.class);
            for (Contender contender : Contender.values()) {
                run(contender, classPath, server, List.of("-XX:ArchiveClassesAtExit=" + archive(work, contender)));
            }
            for (int round = 0; round < rounds; round++) {
                for (Configuration configuration : Configuration.values()) {
                    Contender[] order = rotated(Contender.values(), round);
                    for (Contender contender : order) {
                        Run run = run(contender, classPath, server, flags(configuration, work, contender));
                        results.computeIfAbsent(configuration, c -> new EnumMap<>(Contender.class))
                                .computeIfAbsent(contender, c -> new ArrayList<>())
                                .add(run);
                    }
                }
            }
            out.println("load average after: " + loadAverage());
            for (Configuration configuration : Configuration.values()) {
                print(out, configuration, results.get(configuration));
            }
        } finally {
            server.stop();
        }
    }

    private static List<String> flags(Configuration configuration, Path work, Contender contender) {
        return switch (configuration) {
            case DEFAULT -> List.of();
            case C1 -> List.of("-XX:TieredStopAtLevel=1");
            case APP_CDS -> List.of("-XX:SharedArchiveFile=" + archive(work, contender));
        };
    }

    private static Path launchersJar(Path target) throws IOException {
        try (var jars = Files.list(target)) {
            return jars.filter(jar -> jar.getFileName().toString().matches("tabletheory-bench-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no tabletheory-bench jar in " + target
                            + ": build it with mvn -B -q -DskipTests -pl tabletheory-bench -am package"));
        }
    }

    private static Path archive(Path work, Contender contender) {
        return work.resolve(contender.name().toLowerCase(Locale.ROOT) + ".jsa");
    }

    private static Run run(Contender contender, List<String> classPath, ServerProcess server, List<String> flags)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-cp");
        command.add(classPath.stream()
                .filter(entry -> !isBenchTooling(Paths.get(entry).getFileName().toString()))
                .filter(entry ->
                        !contender.excluded.test(Paths.get(entry).getFileName().toString()))
                .collect(Collectors.joining(File.pathSeparator)));
        command.add(contender.launcher.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("AWS_REGION", "us-east-1");
        environment.put("AWS_ACCESS_KEY_ID", "local");
        environment.put("AWS_SECRET_ACCESS_KEY", "local");
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", server.endpoint().toString());
        long started = System.nanoTime();
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        int status = process.waitFor();
        long wall = (System.nanoTime() - started) / 1_000_000L;
        String printed = new String(output, StandardCharsets.UTF_8);
        Matcher figures = FIGURES.matcher(printed);
        if (status != 0 || !figures.find()) {
            throw new IllegalStateException(contender + " " + flags + " exited with " + status + ":\n" + printed);
        }
        return new Run(wall, Long.parseLong(figures.group(1)), Long.parseLong(figures.group(2)));
    }

    private static void createTable(ServerProcess server) {
        try (DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build()) {
            client.createTable(request -> request.tableName(Report.TABLE)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(KeySchemaElement.builder()
                            .attributeName("pk")
                            .keyType(KeyType.HASH)
                            .build())
                    .attributeDefinitions(AttributeDefinition.builder()
                            .attributeName("pk")
                            .attributeType(ScalarAttributeType.S)
                            .build()));
        }
    }

    private static Contender[] rotated(Contender[] contenders, int by) {
        Contender[] order = new Contender[contenders.length];
        for (int i = 0; i < contenders.length; i++) {
            order[i] = contenders[(i + by) % contenders.length];
        }
        return order;
    }

    private static void print(PrintStream out, Configuration configuration, Map<Contender, List<Run>> runs) {
        out.println();
        out.println("### " + configuration.title);
        out.println();
        out.println("| contender | wall ms | CPU ms | peak RSS MB | wall vs tuned | CPU vs tuned | RSS vs tuned"
                + " | wall vs typical | CPU vs typical | RSS vs typical |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Contender contender : Contender.values()) {
            List<Run> mine = runs.get(contender);
            out.println("| " + contender.title
                    + " | " + spread(mine, Run::wallMillis, 1)
                    + " | " + spread(mine, Run::cpuMillis, 1)
                    + " | " + spread(mine, Run::peakRssKilobytes, 1024)
                    + " | " + ratio(mine, runs.get(Contender.RAW_TUNED), Run::wallMillis)
                    + " | " + ratio(mine, runs.get(Contender.RAW_TUNED), Run::cpuMillis)
                    + " | " + ratio(mine, runs.get(Contender.RAW_TUNED), Run::peakRssKilobytes)
                    + " | " + ratio(mine, runs.get(Contender.RAW_TYPICAL), Run::wallMillis)
                    + " | " + ratio(mine, runs.get(Contender.RAW_TYPICAL), Run::cpuMillis)
                    + " | " + ratio(mine, runs.get(Contender.RAW_TYPICAL), Run::peakRssKilobytes) + " |");
        }
    }

    private static String spread(List<Run> runs, java.util.function.ToLongFunction<Run> figure, long unit) {
        long[] values = runs.stream().mapToLong(figure).sorted().toArray();
        return String.format(
                Locale.ROOT, "%d (%d..%d)", median(values) / unit, values[0] / unit, values[values.length - 1] / unit);
    }

    private static String ratio(List<Run> runs, List<Run> baseline, java.util.function.ToLongFunction<Run> figure) {
        double mine = median(runs.stream().mapToLong(figure).sorted().toArray());
        double theirs = median(baseline.stream().mapToLong(figure).sorted().toArray());
        return String.format(Locale.ROOT, "%.2f", mine / theirs);
    }

    private static long median(long[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static boolean isApacheOrNetty(String jar) {
        return jar.startsWith("apache-client")
                || jar.startsWith("httpclient")
                || jar.startsWith("httpcore")
                || jar.startsWith("netty");
    }

    /** JMH and the emulator: on the bench's class path for the JMH benchmarks, never for a contender. */
    private static boolean isBenchTooling(String jar) {
        return jar.startsWith("jmh-")
                || jar.startsWith("jopt-simple")
                || jar.startsWith("commons-math3")
                || jar.startsWith("tabletheory-inmemory");
    }

    private static boolean isTableTheory(String jar) {
        return (jar.startsWith("tabletheory-") && !jar.startsWith("tabletheory-bench"))
                || jar.startsWith("aws-lambda-java-core")
                || jar.startsWith("crac");
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.isReadable(load)
                ? Arrays.stream(Files.readString(load).split(" ")).limit(3).collect(Collectors.joining(" "))
                : "unknown";
    }
}
