package io.tabletheory.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The project's modules as the packages their classes live in (DESIGN.md, "Packages"): the map the architecture
 * rules speak in. The bench is listed so that the rules can name it; it is not on this module's class path.
 */
enum ProjectModule {
    API("io.tabletheory.api.."),
    /** The engine owns the root package (TableTheory, Model, Page, ...), the annotations and its internals. */
    ENGINE("io.tabletheory", "io.tabletheory.annotation..", "io.tabletheory.engine.."),
    INMEMORY("io.tabletheory.inmemory.."),
    AWS("io.tabletheory.aws.."),
    SERVER("io.tabletheory.server.."),
    TESTKIT("io.tabletheory.testkit.."),
    GUICE("io.tabletheory.guice.."),
    EXAMPLES("io.tabletheory.examples.."),
    BENCH("io.tabletheory.bench.."),
    LAMBDA("io.tabletheory.lambda..");

    /** The packages of the modules whose production classes {@link ImportedModulesTest} requires to be imported. */
    static final ProjectModule[] IMPORTED = {API, ENGINE, INMEMORY, AWS, SERVER, TESTKIT, GUICE, EXAMPLES, LAMBDA};

    private static final Pattern INTERNAL = Pattern.compile("(^|\\.)internal(\\.|$)");

    private final String[] packages;
    private final PackageMatchers matchers;

    ProjectModule(String... packages) {
        this.packages = packages;
        this.matchers = PackageMatchers.of(packages);
    }

    /** The module's packages, as ArchUnit package identifiers ({@code io.tabletheory.api..}). */
    String[] packages() {
        return packages.clone();
    }

    /** The packages of several modules together, for {@code resideInAnyPackage}. */
    static String[] packagesOf(ProjectModule... modules) {
        return Arrays.stream(modules).flatMap(m -> Arrays.stream(m.packages)).toArray(String[]::new);
    }

    boolean contains(String packageName) {
        return matchers.test(packageName);
    }

    /** The module a package belongs to; empty for packages outside the project (the JDK, libraries). */
    static Optional<ProjectModule> of(String packageName) {
        return Arrays.stream(values()).filter(m -> m.contains(packageName)).findFirst();
    }

    static Optional<ProjectModule> of(JavaClass javaClass) {
        return of(javaClass.getPackageName());
    }

    /** Whether a package is internal: one of its segments is {@code internal}. */
    static boolean isInternal(String packageName) {
        return INTERNAL.matcher(packageName).find();
    }

    static boolean isInternal(JavaClass javaClass) {
        return isInternal(javaClass.getPackageName());
    }
}
