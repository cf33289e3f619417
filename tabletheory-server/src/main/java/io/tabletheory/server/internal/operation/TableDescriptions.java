package io.tabletheory.server.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.IndexDescription;
import io.tabletheory.api.table.IndexStatus;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.StreamSpecification;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.server.internal.json.TableShapes;
import io.tabletheory.server.internal.json.WireWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes DynamoDB's {@code TableDescription} shape from the api's description: keys, status, creation time,
 * provisioned throughput (zero for on-demand tables, as DynamoDB reports them), item count and size of the table and
 * of each index, index status (with {@code Backfilling} while a new global index is filled), stream setting and
 * latest stream, and the ARNs. The ARNs name the region the client signed for, as DynamoDB's name its own region: the
 * store's ARN has its region replaced. A store that does not report some of these (a test double) gets the server's
 * start as creation time, an ARN of account {@code 000000000000} and zero sizes.
 */
final class TableDescriptions {
    private final Instant started;

    TableDescriptions(Clock clock) {
        this.started = clock.instant();
    }

    /** The table's ARN as a client signing for {@code region} sees it. */
    static String tableArn(TableDescription table, String region) {
        return regional(
                table.tableArn().orElse("arn:aws:dynamodb:" + region + ":000000000000:table/" + table.tableName()),
                region);
    }

    /** An ARN of the store's (a table's or a stream's) as a client signing for {@code region} sees it. */
    static String regional(String arn, String region) {
        String[] parts = arn.split(":", 6);
        if (parts.length != 6) {
            return arn;
        }
        parts[3] = region;
        return String.join(":", parts);
    }

    void write(TableDescription table, WireWriter out, String region) throws IOException {
        JsonGenerator json = out.json();
        Instant created = table.creationDateTime().orElse(started);
        String arn = tableArn(table, region);
        json.writeStartObject();
        TableShapes.attributeDefinitions(json, table.attributeDefinitions());
        json.writeStringField("TableName", table.tableName());
        TableShapes.keySchema(json, table.keySchema());
        json.writeStringField("TableStatus", table.tableStatus().name());
        json.writeFieldName("CreationDateTime");
        json.writeNumber(epochSeconds(created));
        throughput(json, table.provisionedThroughput());
        json.writeNumberField("TableSizeBytes", table.tableSizeBytes());
        json.writeNumberField("ItemCount", table.itemCount());
        json.writeStringField("TableArn", arn);
        json.writeStringField(
                "TableId",
                UUID.nameUUIDFromBytes(arn.getBytes(StandardCharsets.UTF_8)).toString());
        json.writeObjectFieldStart("BillingModeSummary");
        json.writeStringField("BillingMode", table.billingMode().name());
        if (table.billingMode() == BillingMode.PAY_PER_REQUEST) {
            json.writeFieldName("LastUpdateToPayPerRequestDateTime");
            json.writeNumber(epochSeconds(created));
        }
        json.writeEndObject();
        indexes(json, "GlobalSecondaryIndexes", table, table.globalSecondaryIndexes(), arn, true);
        indexes(json, "LocalSecondaryIndexes", table, table.localSecondaryIndexes(), arn, false);
        if (table.streamSpecification().isPresent()) {
            StreamSpecification stream = table.streamSpecification().get();
            json.writeObjectFieldStart("StreamSpecification");
            json.writeBooleanField("StreamEnabled", stream.streamEnabled());
            if (stream.streamViewType().isPresent()) {
                json.writeStringField(
                        "StreamViewType", stream.streamViewType().get().name());
            }
            json.writeEndObject();
        }
        if (table.latestStreamLabel().isPresent()) {
            json.writeStringField("LatestStreamLabel", table.latestStreamLabel().get());
            json.writeStringField(
                    "LatestStreamArn",
                    arn + "/stream/" + table.latestStreamLabel().get());
        }
        json.writeBooleanField("DeletionProtectionEnabled", false);
        json.writeEndObject();
    }

    private static void indexes(
            JsonGenerator json,
            String member,
            TableDescription table,
            List<SecondaryIndex> indexes,
            String tableArn,
            boolean global)
            throws IOException {
        if (indexes.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(member);
        for (SecondaryIndex index : indexes) {
            IndexDescription state =
                    table.indexDescription(index.indexName()).orElse(IndexDescription.active(index.indexName(), 0, 0));
            json.writeStartObject();
            TableShapes.indexDefinition(json, index);
            if (global) {
                json.writeStringField("IndexStatus", state.indexStatus().name());
                if (state.backfilling() && state.indexStatus() == IndexStatus.CREATING) {
                    json.writeBooleanField("Backfilling", true);
                }
                throughput(
                        json,
                        state.provisionedThroughput().isPresent()
                                ? state.provisionedThroughput()
                                : table.provisionedThroughput());
            }
            json.writeNumberField("IndexSizeBytes", state.indexSizeBytes());
            json.writeNumberField("ItemCount", state.itemCount());
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

    /** An instant as DynamoDB's JSON writes times: epoch seconds, with milliseconds as the fraction. */
    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }
}
