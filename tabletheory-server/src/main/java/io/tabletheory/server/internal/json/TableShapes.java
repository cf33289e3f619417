package io.tabletheory.server.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tabletheory.api.table.AttributeDefinition;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.Tag;
import java.io.IOException;
import java.util.List;

/**
 * Writes the members that DynamoDB's table shapes share ({@code AttributeDefinitions}, {@code KeySchema}, an index's
 * {@code Projection}), for the table descriptions the server answers with and for the table definitions snapshots
 * keep: one writer, so both always agree with what {@code CreateTable} reads.
 */
public final class TableShapes {
    private TableShapes() {}

    /**
     * A table's definition as a CreateTable request body, which {@code TableOperations.createTableRequest} reads back:
     * {@code TableName}, {@code AttributeDefinitions}, {@code KeySchema}, the indexes when there are any, {@code
     * BillingMode} and, when present, {@code ProvisionedThroughput}; an object of its own.
     */
    public static void definition(JsonGenerator json, CreateTableRequest table) throws IOException {
        json.writeStartObject();
        json.writeStringField("TableName", table.tableName());
        attributeDefinitions(json, table.attributeDefinitions());
        keySchema(json, table.keySchema());
        indexes(json, "GlobalSecondaryIndexes", table.globalSecondaryIndexes());
        indexes(json, "LocalSecondaryIndexes", table.localSecondaryIndexes());
        json.writeStringField("BillingMode", table.billingMode().name());
        if (table.billingMode() == BillingMode.PROVISIONED
                && table.provisionedThroughput().isPresent()) {
            json.writeObjectFieldStart("ProvisionedThroughput");
            json.writeNumberField(
                    "ReadCapacityUnits", table.provisionedThroughput().get().readCapacityUnits());
            json.writeNumberField(
                    "WriteCapacityUnits", table.provisionedThroughput().get().writeCapacityUnits());
            json.writeEndObject();
        }
        if (table.streamSpecification().isPresent()
                && table.streamSpecification().get().streamEnabled()) {
            json.writeObjectFieldStart("StreamSpecification");
            json.writeBooleanField("StreamEnabled", true);
            json.writeStringField(
                    "StreamViewType",
                    table.streamSpecification()
                            .get()
                            .streamViewType()
                            .orElseThrow()
                            .name());
            json.writeEndObject();
        }
        if (!table.tags().isEmpty()) {
            json.writeArrayFieldStart("Tags");
            for (Tag tag : table.tags()) {
                json.writeStartObject();
                json.writeStringField("Key", tag.key());
                json.writeStringField("Value", tag.value());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void indexes(JsonGenerator json, String member, List<SecondaryIndex> indexes) throws IOException {
        if (indexes.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(member);
        for (SecondaryIndex index : indexes) {
            json.writeStartObject();
            indexDefinition(json, index);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code "AttributeDefinitions": [{"AttributeName", "AttributeType"}, ...]}. */
    public static void attributeDefinitions(JsonGenerator json, List<AttributeDefinition> definitions)
            throws IOException {
        json.writeArrayFieldStart("AttributeDefinitions");
        for (AttributeDefinition definition : definitions) {
            json.writeStartObject();
            json.writeStringField("AttributeName", definition.attributeName());
            json.writeStringField("AttributeType", definition.attributeType().name());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code "KeySchema": [{"AttributeName", "KeyType"}, ...]}. */
    public static void keySchema(JsonGenerator json, List<KeySchemaElement> keySchema) throws IOException {
        json.writeArrayFieldStart("KeySchema");
        for (KeySchemaElement element : keySchema) {
            json.writeStartObject();
            json.writeStringField("AttributeName", element.attributeName());
            json.writeStringField("KeyType", element.keyType().name());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** An index's {@code IndexName}, {@code KeySchema} and {@code Projection}, inside an object the caller opened. */
    public static void indexDefinition(JsonGenerator json, SecondaryIndex index) throws IOException {
        json.writeStringField("IndexName", index.indexName());
        keySchema(json, index.keySchema());
        projection(json, index.projection());
    }

    /** {@code "Projection": {"ProjectionType", "NonKeyAttributes"?}}. */
    public static void projection(JsonGenerator json, Projection projection) throws IOException {
        json.writeObjectFieldStart("Projection");
        json.writeStringField("ProjectionType", projection.projectionType().name());
        if (!projection.nonKeyAttributes().isEmpty()) {
            json.writeArrayFieldStart("NonKeyAttributes");
            for (String attribute : projection.nonKeyAttributes()) {
                json.writeString(attribute);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
