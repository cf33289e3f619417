package io.tabletheory.server.internal.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.StreamSpecification;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.Tag;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.server.internal.json.TableShapes;
import io.tabletheory.server.internal.json.WireWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Writes one table's snapshot file (the format is described on {@link SnapshotDirectory}) from what the ports
 * report: {@code describeTable} as a CreateTable definition (with its throughput, stream and {@code
 * listTagsOfResource}'s tags), {@code describeTimeToLive}, and every item, read with
 * consistent {@code scan} pages one at a time and streamed out, so a table never has to fit in memory twice. Each
 * item is DynamoDB JSON written by the server's own {@link WireWriter}, one item per line.
 */
final class TableSnapshotWriter {
    /**
     * The capacity a PROVISIONED table is saved with when its store does not report its throughput (CreateTable
     * needs one); the emulator reports it, and does not throttle.
     */
    static final long SAVED_CAPACITY_UNITS = 1;

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private TableSnapshotWriter() {}

    /** Writes table {@code tableName} of {@code store} to {@code stream}, which is flushed and left open. */
    static void write(DynamoStore store, String tableName, OutputStream stream) throws IOException {
        TableDescription table = store.describeTable(tableName);
        TimeToLiveDescription timeToLive = store.describeTimeToLive(tableName);
        try (JsonGenerator json = FACTORY.createGenerator(stream)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeFieldName(TableSnapshot.TABLE);
            definition(json, table, tags(store, table));
            json.writeObjectFieldStart(TableSnapshot.TIME_TO_LIVE);
            json.writeStringField("TimeToLiveStatus", timeToLive.status().name());
            if (timeToLive.attributeName().isPresent()) {
                json.writeStringField(
                        "AttributeName", timeToLive.attributeName().get());
            }
            json.writeEndObject();
            json.writeArrayFieldStart(TableSnapshot.ITEMS);
            Map<String, AttributeValue> start = Map.of();
            do {
                PageResult page = store.scan(ScanRequest.builder(tableName)
                        .consistentRead(true)
                        .exclusiveStartKey(start)
                        .build());
                for (Map<String, AttributeValue> item : page.items()) {
                    json.writeRawValue(itemJson(item));
                }
                start = page.lastEvaluatedKey();
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("the save of table " + tableName + " was interrupted");
                }
            } while (!start.isEmpty());
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /**
     * The table as CreateTable's request shape, which {@code TableOperations.createTableRequest} reads back: with its
     * throughput (a PROVISIONED table without one with {@link #SAVED_CAPACITY_UNITS}), its stream and its tags.
     */
    private static void definition(JsonGenerator json, TableDescription table, List<Tag> tags) throws IOException {
        Optional<ProvisionedThroughput> throughput = table.billingMode() == BillingMode.PROVISIONED
                ? Optional.of(table.provisionedThroughput()
                        .orElse(new ProvisionedThroughput(SAVED_CAPACITY_UNITS, SAVED_CAPACITY_UNITS)))
                : Optional.empty();
        TableShapes.definition(
                json,
                new CreateTableRequest(
                        table.tableName(),
                        table.attributeDefinitions(),
                        table.keySchema(),
                        table.globalSecondaryIndexes(),
                        table.localSecondaryIndexes(),
                        table.billingMode(),
                        throughput,
                        table.streamSpecification().filter(StreamSpecification::streamEnabled),
                        tags));
    }

    /** The table's tags, when the store supports tagging and the table has an ARN. */
    private static List<Tag> tags(DynamoStore store, TableDescription table) {
        if (table.tableArn().isEmpty()) {
            return List.of();
        }
        try {
            return store.listTagsOfResource(table.tableArn().get());
        } catch (UnsupportedOperationException untagged) {
            return List.of();
        }
    }

    /** One item as compact DynamoDB JSON, exactly as the server writes an item on the wire. */
    private static String itemJson(Map<String, AttributeValue> item) {
        byte[] json = WireWriter.object(out -> {
            for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
                out.json().writeFieldName(attribute.getKey());
                out.value(attribute.getValue());
            }
        });
        return new String(json, StandardCharsets.UTF_8);
    }

    /** Two-space indentation, every array element on its own line, {@code "name": value}. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(lines)
                .withArrayIndenter(lines);
    }
}
