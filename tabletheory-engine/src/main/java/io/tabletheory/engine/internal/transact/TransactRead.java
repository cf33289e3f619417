package io.tabletheory.engine.internal.transact;

import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.util.Objects;

/**
 * One read of a transactGet as added: the model, the caller's key object and the item it names.
 *
 * @param schema the model
 * @param source the caller's key object
 * @param target the table and key read
 */
record TransactRead(ModelSchema<?> schema, Object source, TransactTarget target) {
    TransactRead {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
