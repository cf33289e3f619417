/**
 * TableTheory's JUnit 5 extension, fault injection and the port contract suite. JUnit reflects over the contract
 * classes (abstract tests users extend) and the engine over the contract's models, so those packages are open to them.
 */
module io.tabletheory.testkit {
    requires transitive io.tabletheory.engine;
    requires transitive io.tabletheory.inmemory;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports io.tabletheory.testkit;
    exports io.tabletheory.testkit.contract;
    exports io.tabletheory.testkit.contract.models;
    exports io.tabletheory.testkit.fault;

    opens io.tabletheory.testkit.contract to
            org.junit.platform.commons;
    opens io.tabletheory.testkit.contract.models to
            io.tabletheory.engine;
}
