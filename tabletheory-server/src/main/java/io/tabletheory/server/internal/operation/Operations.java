package io.tabletheory.server.internal.operation;

import io.tabletheory.api.port.DynamoStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every operation the server serves, by name, over one store. */
public final class Operations {
    private Operations() {}

    /**
     * The operations over {@code store}; {@code address} ({@code host:port}) is what DescribeEndpoints answers and
     * {@code clock} dates the tables this server creates.
     */
    public static Map<String, Operation> forStore(DynamoStore store, String address, Clock clock) {
        List<Operation> operations = new ArrayList<>();
        operations.addAll(TableOperations.all(store, new TableDescriptions(clock), address));
        operations.addAll(TagOperations.all(store));
        operations.addAll(ItemOperations.all(store));
        operations.addAll(ReadOperations.all(store));
        operations.addAll(BatchOperations.all(store));
        operations.addAll(TransactionOperations.all(store));
        Map<String, Operation> byName = new LinkedHashMap<>();
        for (Operation operation : operations) {
            byName.put(operation.name(), operation);
        }
        return Map.copyOf(byName);
    }
}
