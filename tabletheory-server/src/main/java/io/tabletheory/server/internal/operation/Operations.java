package io.tabletheory.server.internal.operation;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.port.StreamStore;
import io.tabletheory.server.internal.json.WireObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every operation the server serves, by name, over one store: DynamoDB's by their bare names, and DynamoDB Streams'
 * (when the store serves streams) by their whole target, {@code DynamoDBStreams_20120810.<Operation>}.
 */
public final class Operations {
    /**
     * The operations that change a table's settings rather than its items or its existence, which the data
     * directory's journal does not record: a server with a data directory saves a snapshot after each of them.
     */
    public static final Set<String> TABLE_SETTING_CHANGES = Set.of("UpdateTable", "TagResource", "UntagResource");

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
        if (store instanceof StreamStore streams) {
            operations.addAll(StreamOperations.all(streams));
        }
        Map<String, Operation> byName = new LinkedHashMap<>();
        for (Operation operation : operations) {
            byName.put(operation.name(), operation);
        }
        return Map.copyOf(byName);
    }

    /**
     * {@code operations} with {@code afterChange} run after each successful {@link #TABLE_SETTING_CHANGES table
     * setting change}, and each successful CreateTable with a {@code StreamSpecification} (whose stream's label the
     * journal does not keep), before it is answered (a server with a data directory saves a snapshot there, so the change
     * survives a restart); the other operations unchanged.
     */
    public static Map<String, Operation> afterTableSettingChanges(
            Map<String, Operation> operations, Runnable afterChange) {
        Map<String, Operation> wrapped = new LinkedHashMap<>(operations);
        for (String name : TABLE_SETTING_CHANGES) {
            Operation operation = operations.get(name);
            if (operation != null) {
                wrapped.put(name, new SettingChange(operation, request -> true, afterChange));
            }
        }
        Operation createTable = operations.get("CreateTable");
        if (createTable != null) {
            // a new stream's label is the time it was created; replaying the journal's CreateTable would give another
            wrapped.put(
                    "CreateTable",
                    new SettingChange(createTable, request -> request.has("StreamSpecification"), afterChange));
        }
        return Map.copyOf(wrapped);
    }

    /** An operation followed, when it succeeds on a request that {@code applies} to, by {@code afterChange}. */
    private record SettingChange(Operation operation, Predicate<WireObject> applies, Runnable afterChange)
            implements Operation {
        @Override
        public String name() {
            return operation.name();
        }

        @Override
        public byte[] handle(WireObject request) {
            byte[] answer = operation.handle(request);
            if (applies.test(request)) {
                afterChange.run();
            }
            return answer;
        }

        @Override
        public byte[] handle(WireObject request, String region) {
            byte[] answer = operation.handle(request, region);
            if (applies.test(request)) {
                afterChange.run();
            }
            return answer;
        }
    }
}
