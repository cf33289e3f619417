package io.tabletheory.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import io.tabletheory.TableTheory;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.guice.TableTheoryModule;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.server.TableTheoryServer;
import io.tabletheory.testkit.TableTheoryExtension;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * The module descriptors on the real module path: each published jar exports exactly its API packages (none under
 * {@code internal}), and a small application compiled and launched with {@code --module-path} maps a model in a
 * package it opens to the engine, while a model in a package it does not open fails with the {@code ModelException}
 * naming the exact {@code opens} line. The jars are the ones this module's tests run with (the reactor's).
 */
class ModulePathTest {
    /** Each published module with a descriptor, by a class it holds. */
    private static final Map<String, Class<?>> MODULES = Map.of(
            "io.tabletheory.api", AttributeValue.class,
            "io.tabletheory.engine", TableTheory.class,
            "io.tabletheory.inmemory", InMemoryDynamoStore.class,
            "io.tabletheory.aws", AwsDynamoStore.class,
            "io.tabletheory.testkit", TableTheoryExtension.class,
            "io.tabletheory.guice", TableTheoryModule.class,
            "io.tabletheory.server", TableTheoryServer.class);

    @Test
    void everyPublishedModule_exportsItsApiPackagesOnly() {
        MODULES.forEach((name, member) -> {
            ModuleDescriptor descriptor = descriptorOf(member);
            Set<String> api = descriptor.packages().stream()
                    .filter(packageName -> !packageName.matches(".*\\binternal\\b.*"))
                    .collect(Collectors.toSet());
            assertThat(descriptor.name()).isEqualTo(name);
            assertThat(descriptor.isAutomatic()).as(name).isFalse();
            assertThat(descriptor.exports())
                    .as("the exports of %s", name)
                    .allSatisfy(exported -> assertThat(exported.isQualified()).isFalse())
                    .extracting(ModuleDescriptor.Exports::source)
                    .containsExactlyInAnyOrderElementsOf(api);
        });
    }

    @Test
    void anApplicationOnTheModulePath_mapsOpenedModels_andNamesTheOpensLineForOthers(@TempDir Path directory)
            throws Exception {
        Path sources = directory.resolve("src");
        write(
                sources.resolve("module-info.java"),
                """
                module example.app {
                    requires io.tabletheory.engine;
                    requires io.tabletheory.inmemory;
                    opens example.app.model to io.tabletheory.engine;
                }
                """);
        write(
                sources.resolve("example/app/model/Note.java"),
                """
                package example.app.model;

                import io.tabletheory.annotation.PartitionKey;
                import io.tabletheory.annotation.Table;
                import io.tabletheory.annotation.Version;

                @Table("notes")
                public record Note(@PartitionKey String id, String text, @Version long version) {}
                """);
        write(
                sources.resolve("example/app/model/Counter.java"),
                """
                package example.app.model;

                import io.tabletheory.annotation.PartitionKey;
                import io.tabletheory.annotation.Table;

                @Table("counters")
                public class Counter {
                    @PartitionKey private String id;
                    private long count;

                    public Counter() {}

                    public Counter(String id, long count) {
                        this.id = id;
                        this.count = count;
                    }

                    public long count() {
                        return count;
                    }
                }
                """);
        write(
                sources.resolve("example/app/closed/Secret.java"),
                """
                package example.app.closed;

                import io.tabletheory.annotation.PartitionKey;
                import io.tabletheory.annotation.Table;

                @Table("secrets")
                public record Secret(@PartitionKey String id) {}
                """);
        write(
                sources.resolve("example/app/Main.java"),
                """
                package example.app;

                import example.app.closed.Secret;
                import example.app.model.Counter;
                import example.app.model.Note;
                import io.tabletheory.TableTheory;
                import io.tabletheory.api.error.ModelException;
                import io.tabletheory.inmemory.InMemoryDynamoStore;

                public final class Main {
                    public static void main(String[] arguments) {
                        TableTheory db = TableTheory.builder().store(InMemoryDynamoStore.create()).build();
                        db.createTable(Note.class);
                        db.model(Note.class).create(new Note("n1", "hello from a module", 0));
                        Note note = db.model(Note.class).where("id", "=", "n1").first();
                        System.out.println("record: " + note.text() + " version " + note.version());
                        db.createTable(Counter.class);
                        db.model(Counter.class).create(new Counter("c1", 41));
                        System.out.println("bean: " + db.model(Counter.class).where("id", "=", "c1").first().count());
                        try {
                            db.model(Secret.class).create(new Secret("s1"));
                            System.out.println("closed: no error");
                        } catch (ModelException closed) {
                            System.out.println("closed: " + closed.getMessage());
                        }
                    }
                }
                """);
        String modulePath =
                modulePathOf(TableTheory.class, AttributeValue.class, InMemoryDynamoStore.class, Logger.class);
        Path classes = directory.resolve("classes");
        compile(modulePath, classes, sources);

        List<String> output = launch(classes + File.pathSeparator + modulePath, "example.app/example.app.Main");

        assertThat(output)
                .contains("record: hello from a module version 0", "bean: 41")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("closed: ")
                        .contains("module example.app does not open package example.app.closed")
                        .contains("add \"opens example.app.closed to io.tabletheory.engine;\" to the module-info.java"
                                + " of module example.app"));
    }

    @Test
    void theServer_servesFromTheModulePath(@TempDir Path directory) throws Exception {
        Path sources = directory.resolve("src");
        write(
                sources.resolve("module-info.java"),
                "module example.serve { requires io.tabletheory.server; requires java.net.http; }\n");
        write(
                sources.resolve("example/serve/Serve.java"),
                """
                package example.serve;

                import io.tabletheory.api.port.DynamoStore;
                import io.tabletheory.api.table.ListTablesRequest;
                import io.tabletheory.server.TableTheoryServer;
                import java.net.http.HttpClient;
                import java.net.http.HttpRequest;
                import java.net.http.HttpResponse;

                public final class Serve {
                    public static void main(String[] arguments) throws Exception {
                        try (TableTheoryServer server = TableTheoryServer.builder().verbose(true).start()) {
                            DynamoStore store = server.store();
                            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                                    HttpRequest.newBuilder(server.endpoint())
                                            .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            System.out.println("answer: " + answer.statusCode() + " " + answer.body());
                            System.out.println("tables: " + store.listTables(ListTablesRequest.firstPage()).tableNames().size());
                        }
                    }
                }
                """);
        String modulePath = modulePathOf(
                TableTheoryServer.class,
                AttributeValue.class,
                InMemoryDynamoStore.class,
                JsonFactory.class,
                Logger.class);
        Path classes = directory.resolve("classes");
        compile(modulePath, classes, sources);

        List<String> output = launch(classes + File.pathSeparator + modulePath, "example.serve/example.serve.Serve");

        assertThat(output).contains("answer: 200 {\"TableNames\":[]}", "tables: 0");
    }

    @Test
    void anApplicationOnTheModulePath_cannotUseTheEnginesInternals(@TempDir Path directory) throws Exception {
        Path sources = directory.resolve("src");
        write(sources.resolve("module-info.java"), "module example.peek { requires io.tabletheory.engine; }\n");
        write(
                sources.resolve("example/peek/Peek.java"),
                """
                package example.peek;

                public final class Peek {
                    Object internal = io.tabletheory.engine.internal.mapping.FieldMapping.class;
                }
                """);
        String modulePath = modulePathOf(TableTheory.class, AttributeValue.class, Logger.class);

        String errors = compileFailure(modulePath, directory.resolve("classes"), sources);

        assertThat(errors)
                .contains("package io.tabletheory.engine.internal.mapping is not visible")
                .contains("declared in module io.tabletheory.engine, which does not export it");
    }

    private static ModuleDescriptor descriptorOf(Class<?> member) {
        Set<ModuleReference> found = ModuleFinder.of(locationOf(member)).findAll();
        assertThat(found).as("the module holding %s", member.getName()).hasSize(1);
        return found.iterator().next().descriptor();
    }

    private static Path locationOf(Class<?> member) {
        try {
            return Path.of(
                    member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String modulePathOf(Class<?>... members) {
        List<String> entries = new ArrayList<>();
        for (Class<?> member : members) {
            entries.add(locationOf(member).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void compile(String modulePath, Path classes, Path sources) throws IOException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac(modulePath, classes, sources, errors);
        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static String compileFailure(String modulePath, Path classes, Path sources) throws IOException {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertThat(javac(modulePath, classes, sources, errors)).isNotZero();
        return errors.toString(StandardCharsets.UTF_8);
    }

    private static int javac(String modulePath, Path classes, Path sources, ByteArrayOutputStream errors)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        // In-process javac's default class path is this JVM's, which holds every module: give it an empty one.
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(
                List.of("--module-path", modulePath, "--class-path", classes.toString(), "-d", classes.toString()));
        try (var files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .map(Path::toString)
                    .forEach(arguments::add);
        }
        try (PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8)) {
            return javac.run(null, err, err, arguments.toArray(String[]::new));
        }
    }

    /** Runs {@code java --module-path modulePath -m mainModuleAndClass}; its output, once it exited 0. */
    private static List<String> launch(String modulePath, String mainModuleAndClass) throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                modulePath,
                "-m",
                mainModuleAndClass);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().collect(Collectors.toList());
    }
}
