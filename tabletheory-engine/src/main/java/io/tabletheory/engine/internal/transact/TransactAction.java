package io.tabletheory.engine.internal.transact;

import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.write.WritePlan;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One action of a transaction as added: its position, the name of the builder method, the model, the write plan it
 * sends, the caller's object, and (for a create, put or update of fields) how to make the instance as written once
 * the transaction succeeded (deferred because it sets the values on a bean).
 *
 * @param index the position, from 0
 * @param action the builder method's name
 * @param schema the model
 * @param plan the write
 * @param source the caller's object
 * @param written makes the instance as written; empty for deletes, checks and builder updates
 */
record TransactAction(
        int index,
        String action,
        ModelSchema<?> schema,
        WritePlan plan,
        Object source,
        Optional<Supplier<Object>> written) {
    TransactAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(written, "written");
    }
}
