package io.tabletheory.server.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tabletheory.api.table.AttributeDefinition;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.SecondaryIndex;
import java.io.IOException;
import java.util.List;

/**
 * Writes the members that DynamoDB's table shapes share ({@code AttributeDefinitions}, {@code KeySchema}, an index's
 * {@code Projection}), for the table descriptions the server answers with and for the table definitions snapshots
 * keep: one writer, so both always agree with what {@code CreateTable} reads.
 */
public final class TableShapes {
    private TableShapes() {}

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
