package io.tabletheory.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN.md, "Packages": what is API and what is internal. */
@AnalyzeClasses(packages = "io.tabletheory", importOptions = ImportOption.DoNotIncludeTests.class)
class PublicApiTest {

    // "The public API never exposes an internal type." (STYLE.md: "never returns or accepts an internal type")
    @ArchTest
    static final ArchRule publicSignaturesExposeNoInternalType = classes()
            .that(PublicApi.TYPES)
            .should(PublicApi.exposeNoInternalType())
            .because("DESIGN.md: the public API never exposes an internal type");

    // "Everything that is not API lives under an internal package": not API, so not for other modules either.
    @ArchTest
    static final ArchRule internalPackagesAreUsedOnlyByTheirOwnModule = classes()
            .should(PublicApi.useNoOtherModulesInternals())
            .because("DESIGN.md: everything that is not API lives under an internal package and may change freely");
}
