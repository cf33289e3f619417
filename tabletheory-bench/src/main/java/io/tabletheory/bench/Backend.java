package io.tabletheory.bench;

import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.inmemory.InMemoryDynamoStore;

/**
 * What the in-process benchmarks compare: the in-memory emulator, and two raw maps that hold {@link Fixtures}' item
 * by its key and do nothing else (the floor no DynamoDB emulator can beat). A floor stores the same item map, finds
 * its table by name and its item by the key attributes taken from the item (or the key) on every call, as a store
 * must; it validates nothing, copies nothing, computes no sizes, takes no locks, and answers nothing but the item.
 * The emulator's figure divided by a floor's is therefore what DynamoDB's semantics cost on top of the storage.
 */
public enum Backend {
    /** {@code InMemoryDynamoStore.create()}, reached through its port, {@code DynamoStore}. */
    IN_MEMORY_DYNAMO,
    /**
     * The emulator's storage shape before issue 17, without the emulator: tables in a {@code ConcurrentSkipListMap} by
     * name, items in a {@code ConcurrentSkipListMap} ordered by partition key then sort key (numbers compared by
     * value).
     */
    SKIP_LIST_MAP,
    /** The cheapest possible store: tables in a {@code HashMap} by name, items in a {@code HashMap} by key values. */
    HASH_MAP;

    /** Starts a new, empty backend of this kind, ready for {@link Fixtures}' table and item. */
    Running start() {
        return switch (this) {
            case IN_MEMORY_DYNAMO -> new Emulator(InMemoryDynamoStore.create());
            case SKIP_LIST_MAP -> new RawMapStore(RawMapStore.Kind.SKIP_LIST);
            case HASH_MAP -> new RawMapStore(RawMapStore.Kind.HASH);
        };
    }

    /**
     * A started backend and the three operations the benchmarks time, always on {@link Fixtures}' table, item and
     * key. Each returns something, so JMH can consume it and the call cannot be optimised away.
     */
    interface Running {
        /** Creates {@link Fixtures#TABLE}. */
        Object createTable();

        /** Writes (replaces) {@link Fixtures#item()}. */
        Object putItem();

        /** Reads the item at {@link Fixtures#key()}, strongly consistent; {@code null} when it is missing. */
        Object getItem();

        /** Releases what the backend holds (nothing, for every backend here). */
        default void stop() {}
    }

    /** The emulator, with its requests built once, so a call is one port call. */
    private static final class Emulator implements Running {
        private final InMemoryDynamoStore store;
        private final PutItemRequest put =
                PutItemRequest.builder(Fixtures.TABLE, Fixtures.item()).build();
        private final GetItemRequest get = GetItemRequest.builder(Fixtures.TABLE, Fixtures.key())
                .consistentRead(true)
                .build();

        Emulator(InMemoryDynamoStore store) {
            this.store = store;
        }

        @Override
        public Object createTable() {
            return store.createTable(Fixtures.table());
        }

        @Override
        public Object putItem() {
            return store.putItem(put);
        }

        @Override
        public Object getItem() {
            return store.getItem(get).item().orElse(null);
        }
    }
}
