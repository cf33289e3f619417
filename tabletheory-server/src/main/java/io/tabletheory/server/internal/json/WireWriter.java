package io.tabletheory.server.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tabletheory.api.request.Capacity;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.value.AttributeValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a response body in DynamoDB's wire shapes with Jackson's streaming generator: attribute values as DynamoDB
 * JSON (numbers as canonical strings, binaries as standard base64), items, and {@code ConsumedCapacity}. A thin
 * layer: operations call {@link #json()} for their own members.
 */
public final class WireWriter {
    private final JsonGenerator json;

    private WireWriter(JsonGenerator json) {
        this.json = json;
    }

    /** A body written by {@code body} inside one top-level JSON object. */
    public static byte[] object(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = JsonTree.FACTORY.createGenerator(bytes)) {
            generator.writeStartObject();
            body.write(new WireWriter(generator));
            generator.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** What a response writes between the braces of its top-level object. */
    @FunctionalInterface
    public interface Body {
        void write(WireWriter out) throws IOException;
    }

    /** The generator, for members with no helper here. */
    public JsonGenerator json() {
        return json;
    }

    /** A string member, when present. */
    public WireWriter string(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        }
        return this;
    }

    /** A map of attribute values as a member; nothing when {@code item} is empty and {@code always} is false. */
    public WireWriter item(String name, Map<String, AttributeValue> item, boolean always) throws IOException {
        if (always || !item.isEmpty()) {
            json.writeFieldName(name);
            item(item);
        }
        return this;
    }

    /** A map of attribute values as a value. */
    public void item(Map<String, AttributeValue> item) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            json.writeFieldName(attribute.getKey());
            value(attribute.getValue());
        }
        json.writeEndObject();
    }

    /** A list of items as a member. */
    public void items(String name, Collection<Map<String, AttributeValue>> items) throws IOException {
        json.writeArrayFieldStart(name);
        for (Map<String, AttributeValue> item : items) {
            item(item);
        }
        json.writeEndArray();
    }

    /** One attribute value as DynamoDB JSON. */
    public void value(AttributeValue value) throws IOException {
        json.writeStartObject();
        switch (value.type()) {
            case S -> json.writeStringField("S", ((AttributeValue.StringValue) value).value());
            case N -> json.writeStringField("N", ((AttributeValue.NumberValue) value).value());
            case B -> json.writeStringField("B", base64(((AttributeValue.BinaryValue) value)));
            case BOOL -> json.writeBooleanField("BOOL", ((AttributeValue.BooleanValue) value).value());
            case NULL -> json.writeBooleanField("NULL", true);
            case SS -> {
                json.writeArrayFieldStart("SS");
                for (String element : ((AttributeValue.StringSetValue) value).values()) {
                    json.writeString(element);
                }
                json.writeEndArray();
            }
            case NS -> {
                json.writeArrayFieldStart("NS");
                for (AttributeValue.NumberValue element : ((AttributeValue.NumberSetValue) value).values()) {
                    json.writeString(element.value());
                }
                json.writeEndArray();
            }
            case BS -> {
                json.writeArrayFieldStart("BS");
                for (AttributeValue.BinaryValue element : ((AttributeValue.BinarySetValue) value).values()) {
                    json.writeString(base64(element));
                }
                json.writeEndArray();
            }
            case M -> {
                json.writeFieldName("M");
                item(((AttributeValue.MapValue) value).values());
            }
            case L -> {
                json.writeArrayFieldStart("L");
                for (AttributeValue element : ((AttributeValue.ListValue) value).values()) {
                    value(element);
                }
                json.writeEndArray();
            }
        }
        json.writeEndObject();
    }

    /** {@code ConsumedCapacity} as a member, when present. */
    public void consumedCapacity(Optional<ConsumedCapacity> capacity) throws IOException {
        if (capacity.isPresent()) {
            json.writeFieldName("ConsumedCapacity");
            consumedCapacityValue(capacity.get());
        }
    }

    /** {@code ConsumedCapacity} as a list member (batches and transactions), when not empty. */
    public void consumedCapacities(Collection<ConsumedCapacity> capacities) throws IOException {
        if (!capacities.isEmpty()) {
            json.writeArrayFieldStart("ConsumedCapacity");
            for (ConsumedCapacity capacity : capacities) {
                consumedCapacityValue(capacity);
            }
            json.writeEndArray();
        }
    }

    private void consumedCapacityValue(ConsumedCapacity capacity) throws IOException {
        json.writeStartObject();
        json.writeStringField("TableName", capacity.tableName());
        json.writeNumberField("CapacityUnits", capacity.capacityUnits());
        json.writeNumberField("ReadCapacityUnits", capacity.readCapacityUnits());
        json.writeNumberField("WriteCapacityUnits", capacity.writeCapacityUnits());
        if (capacity.table().isPresent()) {
            json.writeFieldName("Table");
            capacityValue(capacity.table().get());
        }
        capacityMap("GlobalSecondaryIndexes", capacity.globalSecondaryIndexes());
        capacityMap("LocalSecondaryIndexes", capacity.localSecondaryIndexes());
        json.writeEndObject();
    }

    private void capacityMap(String name, Map<String, Capacity> capacities) throws IOException {
        if (!capacities.isEmpty()) {
            json.writeObjectFieldStart(name);
            for (Map.Entry<String, Capacity> index : capacities.entrySet()) {
                json.writeFieldName(index.getKey());
                capacityValue(index.getValue());
            }
            json.writeEndObject();
        }
    }

    private void capacityValue(Capacity capacity) throws IOException {
        json.writeStartObject();
        json.writeNumberField("CapacityUnits", capacity.capacityUnits());
        json.writeNumberField("ReadCapacityUnits", capacity.readCapacityUnits());
        json.writeNumberField("WriteCapacityUnits", capacity.writeCapacityUnits());
        json.writeEndObject();
    }

    private static String base64(AttributeValue.BinaryValue value) {
        return Base64.getEncoder().encodeToString(value.value());
    }
}
