package io.tabletheory.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Logging is the application's choice: no published module brings an slf4j binding onto the class path of a build
 * that depends on it (a user's service, or the tests that embed {@code tabletheory-server} or use the testkit). The
 * runnable server jar carries slf4j-simple as an optional dependency, which only the shaded jar holds. Read from the
 * Maven dependency tree of this module, which depends on every published module (target/dependency-tree.txt, written
 * by the dependency plugin before the tests run).
 */
class LibraryLoggingBindingTest {
    /** slf4j providers and 1.7 bindings: each one decides where a user's logs go. */
    private static final Set<String> BINDINGS = Set.of(
            "org.slf4j:slf4j-simple",
            "org.slf4j:slf4j-nop",
            "org.slf4j:slf4j-jdk14",
            "org.slf4j:slf4j-reload4j",
            "org.slf4j:slf4j-log4j12",
            "ch.qos.logback:logback-classic",
            "org.apache.logging.log4j:log4j-slf4j-impl",
            "org.apache.logging.log4j:log4j-slf4j2-impl");

    /** The modules users depend on; the examples (the demo application) choose their binding, as applications do. */
    private static final List<String> LIBRARIES = List.of(
            "tabletheory-api",
            "tabletheory-engine",
            "tabletheory-inmemory",
            "tabletheory-aws-sdk",
            "tabletheory-testkit",
            "tabletheory-guice",
            "tabletheory-server",
            "tabletheory-lambda");

    private static final Pattern COORDINATES = Pattern.compile("([\\w.\\-]+):([\\w.\\-]+):(?:jar|pom|test-jar)");

    private static Map<String, List<String>> dependenciesByLibrary;

    @BeforeAll
    static void readTree() throws IOException {
        dependenciesByLibrary = dependenciesOfDirectDependencies(
                Files.readAllLines(Path.of(System.getProperty("tabletheory.dependencyTree"))));
    }

    @Test
    void noPublishedModule_bringsAnSlf4jBinding() {
        assertThat(dependenciesByLibrary)
                .containsKeys(
                        LIBRARIES.stream().map(name -> "io.tabletheory:" + name).toArray(String[]::new));
        for (String library : LIBRARIES) {
            assertThat(dependenciesByLibrary.get("io.tabletheory:" + library))
                    .as("what %s brings onto a user's class path", library)
                    .doesNotContainAnyElementsOf(BINDINGS);
        }
    }

    @Test
    void theServerAndTheEngine_bringTheSlf4jApiTheyLogThrough() {
        assertThat(dependenciesByLibrary.get("io.tabletheory:tabletheory-server"))
                .contains("org.slf4j:slf4j-api", "com.fasterxml.jackson.core:jackson-core");
        assertThat(dependenciesByLibrary.get("io.tabletheory:tabletheory-engine"))
                .contains("org.slf4j:slf4j-api");
    }

    /**
     * For each direct dependency (depth 1 of the tree), the {@code group:artifact} of everything below it, including
     * what the verbose tree lists as omitted (a duplicate or a conflict loser is still what that module asks for).
     */
    static Map<String, List<String>> dependenciesOfDirectDependencies(List<String> tree) {
        Map<String, List<String>> below = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : tree.subList(1, tree.size())) {
            Matcher coordinates = COORDINATES.matcher(line);
            if (!coordinates.find()) {
                continue;
            }
            String artifact = coordinates.group(1) + ":" + coordinates.group(2);
            if (line.startsWith("+- ") || line.startsWith("\\- ")) {
                current = new ArrayList<>();
                below.put(artifact, current);
            } else if (current != null) {
                current.add(artifact);
            }
        }
        return below;
    }
}
