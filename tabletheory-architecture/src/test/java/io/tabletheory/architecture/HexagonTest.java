package io.tabletheory.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.tabletheory.architecture.ProjectModule.API;
import static io.tabletheory.architecture.ProjectModule.AWS;
import static io.tabletheory.architecture.ProjectModule.BENCH;
import static io.tabletheory.architecture.ProjectModule.ENGINE;
import static io.tabletheory.architecture.ProjectModule.EXAMPLES;
import static io.tabletheory.architecture.ProjectModule.GUICE;
import static io.tabletheory.architecture.ProjectModule.INMEMORY;
import static io.tabletheory.architecture.ProjectModule.LAMBDA;
import static io.tabletheory.architecture.ProjectModule.SERVER;
import static io.tabletheory.architecture.ProjectModule.TESTKIT;
import static io.tabletheory.architecture.ProjectModule.packagesOf;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * DESIGN.md, "The hexagon" and "Rules of the house": dependencies point inward only. These rules check the classes;
 * the Maven enforcer's bannedDependencies in each module's POM keep checking the declared dependencies.
 */
@AnalyzeClasses(packages = "io.tabletheory", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonTest {

    private static final String JDK = "java..";
    private static final String AWS_SDK = "software.amazon..";
    private static final String GUICE_LIBRARY = "com.google.inject..";
    /** aws-lambda-java-core and -events, and CRaC (SnapStart priming): tabletheory-lambda's alone. */
    private static final String[] LAMBDA_LIBRARIES = {"com.amazonaws.services.lambda..", "org.crac.."};

    // "tabletheory-api depends on nothing."
    @ArchTest
    static final ArchRule apiDependsOnNothingButTheJdk = classes()
            .that()
            .resideInAnyPackage(API.packages())
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(concat(API.packages(), JDK))
            .because("DESIGN.md: tabletheory-api depends on nothing");

    // "The engine depends on the api (and slf4j-api)."
    @ArchTest
    static final ArchRule engineDependsOnlyOnTheApiAndSlf4j = classes()
            .that()
            .resideInAnyPackage(ENGINE.packages())
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(concat(packagesOf(ENGINE, API), JDK, "org.slf4j.."))
            .because("DESIGN.md: the engine depends on the api (and slf4j-api)");

    // "The engine never special-cases a backend": it sees no backend, no Guice, no server or testkit.
    @ArchTest
    static final ArchRule engineSeesNoBackendGuiceServerOrTestkit = noClasses()
            .that()
            .resideInAnyPackage(ENGINE.packages())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(concat(
                    packagesOf(INMEMORY, AWS, SERVER, TESTKIT, GUICE, EXAMPLES, BENCH, LAMBDA), AWS_SDK, GUICE_LIBRARY))
            .because("DESIGN.md: the engine depends only on the ports and never sees a backend or Guice");

    // "Each adapter depends on the api only, never on the engine or on the other adapter."
    @ArchTest
    static final ArchRule emulatorDependsOnlyOnTheApi = classes()
            .that()
            .resideInAnyPackage(INMEMORY.packages())
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(concat(packagesOf(INMEMORY, API), JDK))
            .because("DESIGN.md: each adapter depends on the api only");

    @ArchTest
    static final ArchRule awsAdapterDependsOnlyOnTheApiAndTheSdk = classes()
            .that()
            .resideInAnyPackage(AWS.packages())
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(concat(packagesOf(AWS, API), JDK, AWS_SDK))
            .because("DESIGN.md: each adapter depends on the api only (the AWS adapter also on the AWS SDK)");

    @ArchTest
    static final ArchRule emulatorSeesNeitherTheEngineNorTheAwsAdapter = noClasses()
            .that()
            .resideInAnyPackage(INMEMORY.packages())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(concat(packagesOf(ENGINE, AWS), AWS_SDK))
            .because("DESIGN.md: each adapter depends on the api only, never on the engine or on the other adapter");

    @ArchTest
    static final ArchRule awsAdapterSeesNeitherTheEngineNorTheEmulator = noClasses()
            .that()
            .resideInAnyPackage(AWS.packages())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(packagesOf(ENGINE, INMEMORY))
            .because("DESIGN.md: each adapter depends on the api only, never on the engine or on the other adapter");

    // "Nothing but tabletheory-aws-sdk, tabletheory-lambda (and bench/examples) sees software.amazon.awssdk."
    @ArchTest
    static final ArchRule onlyTheAwsAdapterLambdaBenchAndExamplesSeeTheAwsSdk = noClasses()
            .that()
            .resideOutsideOfPackages(packagesOf(AWS, LAMBDA, BENCH, EXAMPLES))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(AWS_SDK)
            .because("DESIGN.md: nothing but tabletheory-aws-sdk, tabletheory-lambda (and bench/examples) sees"
                    + " software.amazon.awssdk");

    // "Nothing but tabletheory-guice sees com.google.inject."
    @ArchTest
    static final ArchRule onlyGuiceSeesGuice = noClasses()
            .that()
            .resideOutsideOfPackages(GUICE.packages())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(GUICE_LIBRARY)
            .because("DESIGN.md: nothing but tabletheory-guice sees com.google.inject");

    // "Nothing but tabletheory-lambda (and bench/examples) sees the Lambda libraries."
    @ArchTest
    static final ArchRule onlyLambdaSeesTheLambdaLibraries = noClasses()
            .that()
            .resideOutsideOfPackages(packagesOf(LAMBDA, BENCH, EXAMPLES))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(LAMBDA_LIBRARIES)
            .because("DESIGN.md: nothing but tabletheory-lambda (and bench/examples) sees the Lambda libraries");

    // "tabletheory-lambda: Lambda init, deadlines, memory, SnapStart priming (engine + aws-sdk +
    // aws-lambda-java-core/events + org.crac)": not the emulator, the server, the testkit or Guice.
    @ArchTest
    static final ArchRule lambdaDependsOnTheEngineTheAwsAdapterAndTheLambdaLibraries = classes()
            .that()
            .resideInAnyPackage(LAMBDA.packages())
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    concat(concat(packagesOf(LAMBDA, ENGINE, API, AWS), JDK, AWS_SDK, "org.slf4j.."), LAMBDA_LIBRARIES))
            .because("DESIGN.md: tabletheory-lambda is the engine plus tabletheory-aws-sdk on Lambda");

    // "tabletheory-server: the emulator served over DynamoDB's HTTP protocol": the api, the emulator, jackson-core,
    // slf4j (the project's one logging facade) and the JDK; not the engine.
    @ArchTest
    static final ArchRule serverDependsOnlyOnTheApiTheEmulatorJacksonCoreAndSlf4j = classes()
            .that()
            .resideInAnyPackage(SERVER.packages())
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    concat(packagesOf(SERVER, API, INMEMORY), JDK, "com.fasterxml.jackson.core..", "org.slf4j"))
            .because("DESIGN.md: the server serves the emulator over HTTP; it does not go through the engine");

    // The testkit sits below both backends (their tests extend its contract suite, so it cannot see the AWS
    // adapter or the server) and gives tests a TableTheory on the emulator: it may see the engine and the emulator.
    @ArchTest
    static final ArchRule testkitSeesNoOtherBackendServerOrGuice = noClasses()
            .that()
            .resideInAnyPackage(TESTKIT.packages())
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(concat(packagesOf(AWS, SERVER, GUICE, EXAMPLES, BENCH, LAMBDA), AWS_SDK, GUICE_LIBRARY))
            .because("DESIGN.md: every backend's run extends the testkit's contract suite, which sees the engine"
                    + " and the emulator only");

    private static String[] concat(String[] packages, String... more) {
        String[] all = new String[packages.length + more.length];
        System.arraycopy(packages, 0, all, 0, packages.length);
        System.arraycopy(more, 0, all, packages.length, more.length);
        return all;
    }
}
