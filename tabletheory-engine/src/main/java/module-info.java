/**
 * The TableTheory DSL ({@code io.tabletheory.TableTheory}) and its annotations. The engine reads and builds models by
 * reflection, so a module holding models opens their package to it:
 *
 * <pre>{@code
 * module com.example.app {
 *     requires io.tabletheory.engine;
 *     opens com.example.app.model to io.tabletheory.engine;
 * }
 * }</pre>
 *
 * A model in a package that is not open fails with a {@code ModelException} naming that {@code opens} line.
 */
module io.tabletheory.engine {
    requires transitive io.tabletheory.api;
    requires org.slf4j;

    exports io.tabletheory;
    exports io.tabletheory.annotation;
}
