package io.tabletheory.inmemory.internal.stream;

import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.inmemory.StreamSubscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Subscribers to tables' stream records, for tests: each record a write leaves in a table's stream is collected on
 * the writing thread while the write holds its locks ({@link #recorded}), and handed to the table's subscribers on
 * the same thread once the store's operation has applied everything and released its locks ({@link
 * #deliverPending}): one list per table, per operation, in sequence-number order. With no subscriber, recording
 * costs one volatile read. Thread-safe.
 */
final class StreamSubscriptions {
    private final ConcurrentHashMap<String, CopyOnWriteArrayList<Consumer<List<StreamRecord>>>> byTable =
            new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();
    private final ThreadLocal<List<Delivery>> pending = ThreadLocal.withInitial(ArrayList::new);

    /** Subscribes {@code consumer} to {@code tableName}'s records until the subscription is closed. */
    StreamSubscription subscribe(String tableName, Consumer<List<StreamRecord>> consumer) {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(consumer, "consumer");
        byTable.computeIfAbsent(tableName, name -> new CopyOnWriteArrayList<>()).add(consumer);
        count.incrementAndGet();
        return new Subscription(tableName, consumer);
    }

    /** Collects a record just written to {@code tableName}'s stream, for delivery after the operation. */
    void recorded(String tableName, StreamRecord record) {
        if (count.get() == 0 || !byTable.containsKey(tableName)) {
            return;
        }
        List<Delivery> waiting = pending.get();
        if (!waiting.isEmpty() && waiting.get(waiting.size() - 1).tableName().equals(tableName)) {
            waiting.get(waiting.size() - 1).records().add(record);
        } else {
            List<StreamRecord> records = new ArrayList<>();
            records.add(record);
            waiting.add(new Delivery(tableName, records));
        }
    }

    /**
     * Hands the records this thread collected to their tables' subscribers; called by the store after each writing
     * operation, without locks. A subscriber's exception reaches the caller after every subscriber had its records
     * (further failures are suppressed into the first); the write stays applied.
     */
    void deliverPending() {
        if (count.get() == 0) {
            return;
        }
        List<Delivery> waiting = pending.get();
        if (waiting.isEmpty()) {
            return;
        }
        List<Delivery> deliveries = List.copyOf(waiting);
        waiting.clear();
        RuntimeException failure = null;
        for (Delivery delivery : deliveries) {
            List<StreamRecord> records = List.copyOf(delivery.records());
            for (Consumer<List<StreamRecord>> consumer :
                    byTable.getOrDefault(delivery.tableName(), new CopyOnWriteArrayList<>())) {
                try {
                    consumer.accept(records);
                } catch (RuntimeException thrown) {
                    if (failure == null) {
                        failure = thrown;
                    } else {
                        failure.addSuppressed(thrown);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private record Delivery(String tableName, List<StreamRecord> records) {}

    private final class Subscription implements StreamSubscription {
        private final String tableName;
        private final Consumer<List<StreamRecord>> consumer;
        private boolean closed;

        Subscription(String tableName, Consumer<List<StreamRecord>> consumer) {
            this.tableName = tableName;
            this.consumer = consumer;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            List<Consumer<List<StreamRecord>>> consumers = byTable.get(tableName);
            if (consumers != null && consumers.remove(consumer)) {
                count.decrementAndGet();
            }
        }
    }
}
