package io.tabletheory.engine.internal.transact;

import io.tabletheory.TransactWriteResult;
import io.tabletheory.engine.internal.mapping.SchemaFactory;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instances a successful transaction wrote, by the caller's objects (identity, so two equal records passed to
 * two actions stay apart); made only after success, since making them sets the values on beans.
 */
final class DefaultTransactWriteResult implements TransactWriteResult {
    private final Map<Object, Object> written = new IdentityHashMap<>();
    private final String token;

    DefaultTransactWriteResult(List<TransactAction> actions, String token) {
        this.token = token;
        for (TransactAction action : actions) {
            action.written().ifPresent(make -> written.put(action.source(), make.get()));
        }
    }

    @Override
    public <T> T written(T item) {
        if (!written.containsKey(item)) {
            throw new IllegalArgumentException("written(...) takes an object passed to create, put or update of this"
                    + " transaction; " + item + " was not");
        }
        return SchemaFactory.classOf(item).cast(written.get(item));
    }

    @Override
    public String idempotencyToken() {
        return token;
    }
}
