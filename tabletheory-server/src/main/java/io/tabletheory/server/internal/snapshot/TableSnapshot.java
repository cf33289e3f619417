package io.tabletheory.server.internal.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.TimeToLiveStatus;
import io.tabletheory.server.internal.json.AttributeValueDecoder;
import io.tabletheory.server.internal.json.JsonTree;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.operation.TableOperations;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Loads one table's snapshot file into a store as it reads it: the table's definition (decoded by the same code as a
 * CreateTable request) creates the table, then the items are parsed a batch at a time and each batch is decoded with
 * the server's {@link AttributeValueDecoder} and put on all processors at once (the items of a file are distinct, and
 * the store is thread-safe), so a large table is never held in memory twice and loads on every core. The time-to-live
 * setting is applied once the file is read. The format is described on {@link SnapshotDirectory}; {@code "Table"}
 * must come before {@code "Items"}, as the server writes them.
 */
final class TableSnapshot {
    static final String TABLE = "Table";
    static final String TIME_TO_LIVE = "TimeToLiveDescription";
    static final String ITEMS = "Items";

    /** Items parsed before a batch is decoded and put. */
    private static final int BATCH = 2048;

    private static final Set<String> MEMBERS = Set.of(TABLE, TIME_TO_LIVE, ITEMS);

    private TableSnapshot() {}

    /**
     * Loads {@code file} into {@code store}; tells {@code tableNamed} the table's name before creating it. Returns the
     * number of items put.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException (or the api's {@code ValidationException}, or the server's {@code
     *     WireException}) saying what is wrong and where, as a JSON path such as {@code Table.KeySchema.0}; the tables
     *     and items loaded before stay in the store
     */
    static long load(Path file, DynamoStore store, Consumer<String> tableNamed) {
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                JsonParser parser = JsonTree.parser(stream)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("the file is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a table file must be a JSON object");
            }
            Optional<String> tableName = Optional.empty();
            Optional<String> timeToLive = Optional.empty();
            long items = -1;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String member = parser.currentName();
                if (!MEMBERS.contains(member)) {
                    throw new IllegalArgumentException("unknown member \"" + member + "\"; a table file has \"" + TABLE
                            + "\", \"" + ITEMS + "\" and optionally \"" + TIME_TO_LIVE + "\"");
                }
                JsonToken value = parser.nextToken();
                switch (member) {
                    case TABLE -> {
                        CreateTableRequest definition =
                                TableOperations.createTableRequest(object(parser, value, TABLE, "CreateTableInput"));
                        tableNamed.accept(definition.tableName());
                        store.createTable(definition);
                        tableName = Optional.of(definition.tableName());
                    }
                    case TIME_TO_LIVE -> timeToLive =
                            timeToLiveAttribute(object(parser, value, TIME_TO_LIVE, TIME_TO_LIVE));
                    default -> items = items(
                            parser,
                            value,
                            tableName.orElseThrow(() -> new IllegalArgumentException(
                                    "the member \"" + TABLE + "\" is missing before \"" + ITEMS + "\"")),
                            store);
                }
            }
            String name = tableName.orElseThrow(() -> absent(TABLE));
            if (items < 0) {
                throw absent(ITEMS);
            }
            if (timeToLive.isPresent()) {
                store.updateTimeToLive(name, new TimeToLiveSpecification(timeToLive.get(), true));
            }
            return items;
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException("Malformed JSON: " + malformed.getOriginalMessage() + " (at line "
                    + malformed.getLocation().getLineNr() + ", column "
                    + malformed.getLocation().getColumnNr() + ")");
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read snapshot file " + file + ": " + failure, failure);
        }
    }

    private static WireObject object(JsonParser parser, JsonToken token, String member, String shape)
            throws IOException {
        Object value = JsonTree.readValue(parser, token);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("the member \"" + member + "\" must be a JSON object");
        }
        return WireObject.root(Map.of(member, value)).requiredObject(member, shape);
    }

    private static long items(JsonParser parser, JsonToken token, String tableName, DynamoStore store)
            throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("the member \"" + ITEMS + "\" must be a JSON array");
        }
        List<Object> batch = new ArrayList<>(BATCH);
        long count = 0;
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
            batch.add(JsonTree.readValue(parser, next));
            if (batch.size() == BATCH) {
                put(batch, count, tableName, store);
                count += batch.size();
                batch.clear();
            }
        }
        put(batch, count, tableName, store);
        return count + batch.size();
    }

    /** Decodes and puts a batch of items, the first being item {@code first} of the file, on all processors. */
    private static void put(List<Object> batch, long first, String tableName, DynamoStore store) {
        IntStream.range(0, batch.size()).parallel().forEach(index -> {
            String path = ITEMS + "." + (first + index);
            try {
                store.putItem(
                        PutItemRequest.builder(tableName, AttributeValueDecoder.decodeMap(item(batch.get(index)), path))
                                .build());
            } catch (RuntimeException invalid) {
                throw new IllegalArgumentException("item " + path + ": " + invalid.getMessage(), invalid);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Object item) {
        if (!(item instanceof Map)) {
            throw new IllegalArgumentException("an item must be a JSON object of attribute values");
        }
        return (Map<String, Object>) item;
    }

    /** The TTL attribute when the file says TTL is on (ENABLED, or ENABLING when saved mid-change). */
    private static Optional<String> timeToLiveAttribute(WireObject description) {
        String statusText =
                description.string("TimeToLiveStatus").orElseThrow(() -> absent(TIME_TO_LIVE + ".TimeToLiveStatus"));
        TimeToLiveStatus status;
        try {
            status = TimeToLiveStatus.valueOf(statusText);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown TimeToLiveStatus \"" + statusText + "\" at '" + TIME_TO_LIVE
                    + ".TimeToLiveStatus'; expected one of " + List.of(TimeToLiveStatus.values()));
        }
        if (status != TimeToLiveStatus.ENABLED && status != TimeToLiveStatus.ENABLING) {
            return Optional.empty();
        }
        return Optional.of(
                description.string("AttributeName").orElseThrow(() -> absent(TIME_TO_LIVE + ".AttributeName")));
    }

    private static IllegalArgumentException absent(String member) {
        return new IllegalArgumentException("the member \"" + member + "\" is missing");
    }
}
