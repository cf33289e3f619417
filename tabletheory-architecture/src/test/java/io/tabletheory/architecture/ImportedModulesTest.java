package io.tabletheory.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The other rules inspect what ArchUnit imported: this checks that the import holds every module's production
 * classes and no test classes, so that a rule cannot pass because the classes it speaks of are missing (the
 * sibling modules arrive on the test class path as their {@code target/classes} or jars).
 */
@AnalyzeClasses(packages = "io.tabletheory", importOptions = ImportOption.DoNotIncludeTests.class)
class ImportedModulesTest {

    @ArchTest
    static void everyModulesProductionClassesAreImported(JavaClasses classes) {
        for (ProjectModule module : ProjectModule.IMPORTED) {
            assertThat(classes.stream().filter(c -> module.contains(c.getPackageName())))
                    .as("production classes of %s (%s)", module, String.join(", ", module.packages()))
                    .isNotEmpty();
        }
        // The engine's root package is matched exactly, not as a prefix: check it on its own.
        assertThat(classes.stream().filter(c -> c.getPackageName().equals("io.tabletheory")))
                .as("the engine's root package io.tabletheory")
                .isNotEmpty();
    }

    @ArchTest
    static void everyImportedClassBelongsToAModule(JavaClasses classes) {
        assertThat(classes.stream().filter(c -> ProjectModule.of(c).isEmpty()).map(JavaClass::getName))
                .as("classes under io.tabletheory in no module of ProjectModule")
                .isEmpty();
    }

    @ArchTest
    static void noTestClassIsImported(JavaClasses classes) {
        assertThat(classes.stream()
                        .filter(c -> c.getSource()
                                .map(s -> s.getUri().toString().contains("/test-classes/"))
                                .orElse(false))
                        .map(JavaClass::getName))
                .as("classes imported from a test-classes directory")
                .isEmpty();
        assertThat(classes.containPackage("io.tabletheory.architecture")).isFalse();
    }
}
