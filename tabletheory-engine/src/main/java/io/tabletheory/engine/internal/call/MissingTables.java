package io.tabletheory.engine.internal.call;

import io.tabletheory.api.error.ResourceNotFoundException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one place a store call's {@link ResourceNotFoundException} gets the table names it concerns: DynamoDB says
 * only "Requested resource not found", so TableTheory's own exception names the tables the request used and says
 * what to check, keeping DynamoDB's message and exception as the cause.
 */
public final class MissingTables {
    private MissingTables() {}

    /** The result of {@code call}, a request to {@code tableName}. */
    public static <R> R named(String tableName, Supplier<R> call) {
        try {
            return call.get();
        } catch (ResourceNotFoundException missing) {
            throw named(List.of(tableName), missing);
        }
    }

    /** The result of {@code call}, a request to {@code tableNames}. */
    public static <R> R named(Collection<String> tableNames, Supplier<R> call) {
        try {
            return call.get();
        } catch (ResourceNotFoundException missing) {
            throw named(tableNames, missing);
        }
    }

    private static ResourceNotFoundException named(Collection<String> tableNames, ResourceNotFoundException missing) {
        List<String> tables = List.copyOf(new LinkedHashSet<>(tableNames));
        String which = tables.size() == 1 ? "table " + tables.get(0) : "one of the tables " + tables;
        return new ResourceNotFoundException(
                which + " does not exist on this store, or is not ACTIVE yet (create it with"
                        + " db.createTable(Model.class), or check the table name, region and endpoint): "
                        + missing.getMessage(),
                missing);
    }
}
