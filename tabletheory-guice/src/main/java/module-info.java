/**
 * Guice modules for TableTheory: {@code TableTheoryModule} and one module per backend, whose artifact the user
 * brings ({@code tabletheory-inmemory} or {@code tabletheory-aws-sdk}; both are optional here). Guice calls the
 * modules' {@code @Provides} methods by reflection, so the package is open to it. Guice's jar is an automatic module
 * named by its {@code Automatic-Module-Name}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.tabletheory.guice {
    requires transitive io.tabletheory.engine;
    requires transitive com.google.guice;
    // Optional: the user brings the backend whose module they install; its types appear in that module's API.
    requires static transitive io.tabletheory.inmemory;
    requires static transitive io.tabletheory.aws;

    exports io.tabletheory.guice;

    opens io.tabletheory.guice to
            com.google.guice;
}
