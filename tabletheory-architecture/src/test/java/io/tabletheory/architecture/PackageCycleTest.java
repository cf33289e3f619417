package io.tabletheory.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * DESIGN.md, "Testing": "Architecture rules (..., no package cycles) are ArchUnit tests". Every package is a slice
 * of its own, the engine's root package included.
 *
 * <p>The one allowed cycle is the one STYLE.md prescribes: an API interface {@code X} creates, in a static factory or its
 * builder, its implementation {@code DefaultX} in an internal package of the same module, and {@code DefaultX}
 * implements {@code X}. Exactly those two edges are ignored, for each such pair found (X and DefaultX top-level,
 * their nested classes included); any other edge between the two packages still counts.
 */
@AnalyzeClasses(packages = "io.tabletheory", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCycleTest {

    private static final String DEFAULT = "Default";

    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return ProjectModule.of(javaClass).isPresent()
                    ? SliceIdentifier.of(javaClass.getPackageName())
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each package of the project";
        }
    };

    @ArchTest
    static void packagesAreFreeOfCycles(JavaClasses classes) {
        SliceRule rule = slices().assignedFrom(EACH_PACKAGE)
                .should()
                .beFreeOfCycles()
                .because("DESIGN.md: no package cycles (except an API interface and the internal DefaultX it"
                        + " creates)");
        for (Pair pair : interfaceAndDefaultPairs(classes)) {
            rule = rule.ignoreDependency(inOrNestedIn(pair.api()), inOrNestedIn(pair.implementation()))
                    .ignoreDependency(inOrNestedIn(pair.implementation()), inOrNestedIn(pair.api()));
        }
        rule.check(classes);
    }

    // The exception is narrow, and it is in use: each pair is an API interface and its internal implementation.
    @ArchTest
    static void theIgnoredEdgesAreThoseOfInterfaceAndDefaultPairs(JavaClasses classes) {
        List<Pair> pairs = interfaceAndDefaultPairs(classes);
        assertThat(pairs).as("API interfaces X with an internal DefaultX").isNotEmpty();
        for (Pair pair : pairs) {
            assertThat(pair.api().isInterface()).as(pair.api().getName()).isTrue();
            assertThat(ProjectModule.isInternal(pair.api()))
                    .as(pair.api().getName())
                    .isFalse();
            assertThat(ProjectModule.isInternal(pair.implementation()))
                    .as(pair.implementation().getName())
                    .isTrue();
            assertThat(pair.implementation().getSimpleName())
                    .isEqualTo(DEFAULT + pair.api().getSimpleName());
        }
    }

    /** An API interface X and the DefaultX implementing it in an internal package of the same module. */
    record Pair(JavaClass api, JavaClass implementation) {}

    static List<Pair> interfaceAndDefaultPairs(JavaClasses classes) {
        Map<String, List<JavaClass>> apiTypesBySimpleName = classes.stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(PublicApi::isApiType)
                .collect(Collectors.groupingBy(JavaClass::getSimpleName));
        List<Pair> pairs = new ArrayList<>();
        for (JavaClass implementation : classes) {
            String name = implementation.getSimpleName();
            if (!implementation.isTopLevelClass()
                    || !ProjectModule.isInternal(implementation)
                    || !name.startsWith(DEFAULT)) {
                continue;
            }
            for (JavaClass api : apiTypesBySimpleName.getOrDefault(name.substring(DEFAULT.length()), List.of())) {
                if (api.isInterface()
                        && implementation.isAssignableTo(api.getName())
                        && ProjectModule.of(api).equals(ProjectModule.of(implementation))) {
                    pairs.add(new Pair(api, implementation));
                }
            }
        }
        return pairs;
    }

    private static DescribedPredicate<JavaClass> inOrNestedIn(JavaClass topLevel) {
        return DescribedPredicate.describe(
                topLevel.getName() + " or a class nested in it",
                c -> topLevelOf(c).getName().equals(topLevel.getName()));
    }

    private static JavaClass topLevelOf(JavaClass javaClass) {
        JavaClass current = javaClass;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }
}
