package io.tabletheory.server.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.server.internal.json.TableShapes;
import io.tabletheory.server.internal.json.WireWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes DynamoDB's {@code TableDescription} shape from the api's description, adding what the api does not hold
 * but clients read: the table and index ARNs (in DynamoDB Local's form, {@code arn:aws:dynamodb:ddblocal:
 * 000000000000:table/<name>}), {@code TableId}, {@code CreationDateTime}, {@code BillingModeSummary}, {@code
 * ProvisionedThroughput} (zero for on-demand tables, as DynamoDB reports them) and each index's {@code IndexStatus}.
 * Creation times and provisioned throughput are remembered per table from the CreateTable requests this server
 * served; a table created otherwise (loaded from a snapshot, or set up directly on the store) reports the server's
 * start as its creation time and zero throughput. Sizes are reported as 0 bytes (DynamoDB itself updates them only
 * every six hours), and so are indexes' item counts: the port describes only the table's count.
 */
final class TableDescriptions {
    private final Clock clock;
    private final Instant started;
    private final Map<String, Created> created = new ConcurrentHashMap<>();

    TableDescriptions(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    private record Created(Instant at, Optional<ProvisionedThroughput> throughput) {}

    void created(String tableName, Optional<ProvisionedThroughput> throughput) {
        created.put(tableName, new Created(clock.instant(), throughput));
    }

    void deleted(String tableName) {
        created.remove(tableName);
    }

    void write(TableDescription table, WireWriter out) throws IOException {
        JsonGenerator json = out.json();
        Created origin = created.getOrDefault(table.tableName(), new Created(started, Optional.empty()));
        String arn = "arn:aws:dynamodb:ddblocal:000000000000:table/" + table.tableName();
        json.writeStartObject();
        TableShapes.attributeDefinitions(json, table.attributeDefinitions());
        json.writeStringField("TableName", table.tableName());
        TableShapes.keySchema(json, table.keySchema());
        json.writeStringField("TableStatus", table.tableStatus().name());
        json.writeFieldName("CreationDateTime");
        json.writeNumber(epochSeconds(origin.at()));
        throughput(json, origin.throughput());
        json.writeNumberField("TableSizeBytes", 0);
        json.writeNumberField("ItemCount", table.itemCount());
        json.writeStringField("TableArn", arn);
        json.writeStringField(
                "TableId",
                UUID.nameUUIDFromBytes(arn.getBytes(StandardCharsets.UTF_8)).toString());
        json.writeObjectFieldStart("BillingModeSummary");
        json.writeStringField("BillingMode", table.billingMode().name());
        if (table.billingMode() == BillingMode.PAY_PER_REQUEST) {
            json.writeFieldName("LastUpdateToPayPerRequestDateTime");
            json.writeNumber(epochSeconds(origin.at()));
        }
        json.writeEndObject();
        indexes(json, "GlobalSecondaryIndexes", table.globalSecondaryIndexes(), arn, Optional.of(origin));
        indexes(json, "LocalSecondaryIndexes", table.localSecondaryIndexes(), arn, Optional.empty());
        json.writeBooleanField("DeletionProtectionEnabled", false);
        json.writeEndObject();
    }

    private static void indexes(
            JsonGenerator json, String member, List<SecondaryIndex> indexes, String tableArn, Optional<Created> global)
            throws IOException {
        if (indexes.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(member);
        for (SecondaryIndex index : indexes) {
            json.writeStartObject();
            TableShapes.indexDefinition(json, index);
            if (global.isPresent()) {
                json.writeStringField("IndexStatus", "ACTIVE");
                throughput(json, global.get().throughput());
            }
            json.writeNumberField("IndexSizeBytes", 0);
            json.writeNumberField("ItemCount", 0);
            json.writeStringField("IndexArn", tableArn + "/index/" + index.indexName());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void throughput(JsonGenerator json, Optional<ProvisionedThroughput> throughput) throws IOException {
        json.writeObjectFieldStart("ProvisionedThroughput");
        json.writeNumberField("NumberOfDecreasesToday", 0);
        json.writeNumberField(
                "ReadCapacityUnits",
                throughput.map(ProvisionedThroughput::readCapacityUnits).orElse(0L));
        json.writeNumberField(
                "WriteCapacityUnits",
                throughput.map(ProvisionedThroughput::writeCapacityUnits).orElse(0L));
        json.writeEndObject();
    }

    private static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }
}
