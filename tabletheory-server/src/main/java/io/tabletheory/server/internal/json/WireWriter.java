package io.tabletheory.server.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tabletheory.api.request.Capacity;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.ItemCollectionMetrics;
import io.tabletheory.api.value.AttributeValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a response body in DynamoDB's wire shapes with Jackson's streaming generator: attribute values as DynamoDB
 * JSON (numbers as canonical strings, binaries as standard base64), items, and {@code ConsumedCapacity}. A thin
 * layer: operations call {@link #json()} for their own members. Why the server has a codec of its own rather than
 * the api's or the engine's: see {@link AttributeValueDecoder}.
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

    /**
     * What a response writes between the braces of its top-level object, or any other part of a body written in
     * turn to the same writer (an attribute value's member, one write request).
     */
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
        value.accept(ValueMember.INSTANCE).write(this);
        json.writeEndObject();
    }

    /**
     * The one member of an attribute value's object for each kind of value ({@code "S":"x"}, {@code "L":[...]}), as
     * a {@link Body} still to be written: visitor methods cannot throw the generator's {@link IOException}, a body
     * can.
     */
    private static final class ValueMember implements AttributeValue.Visitor<Body> {
        static final ValueMember INSTANCE = new ValueMember();

        @Override
        public Body visitString(AttributeValue.StringValue value) {
            return out -> out.json.writeStringField("S", value.value());
        }

        @Override
        public Body visitNumber(AttributeValue.NumberValue value) {
            return out -> out.json.writeStringField("N", value.value());
        }

        @Override
        public Body visitBinary(AttributeValue.BinaryValue value) {
            return out -> out.json.writeStringField("B", base64(value));
        }

        @Override
        public Body visitStringSet(AttributeValue.StringSetValue value) {
            return out -> {
                out.json.writeArrayFieldStart("SS");
                for (String element : value.values()) {
                    out.json.writeString(element);
                }
                out.json.writeEndArray();
            };
        }

        @Override
        public Body visitNumberSet(AttributeValue.NumberSetValue value) {
            return out -> {
                out.json.writeArrayFieldStart("NS");
                for (AttributeValue.NumberValue element : value.values()) {
                    out.json.writeString(element.value());
                }
                out.json.writeEndArray();
            };
        }

        @Override
        public Body visitBinarySet(AttributeValue.BinarySetValue value) {
            return out -> {
                out.json.writeArrayFieldStart("BS");
                for (AttributeValue.BinaryValue element : value.values()) {
                    out.json.writeString(base64(element));
                }
                out.json.writeEndArray();
            };
        }

        @Override
        public Body visitMap(AttributeValue.MapValue value) {
            return out -> {
                out.json.writeFieldName("M");
                out.item(value.values());
            };
        }

        @Override
        public Body visitList(AttributeValue.ListValue value) {
            return out -> {
                out.json.writeArrayFieldStart("L");
                for (AttributeValue element : value.values()) {
                    out.value(element);
                }
                out.json.writeEndArray();
            };
        }

        @Override
        public Body visitNull(AttributeValue.NullValue value) {
            return out -> out.json.writeBooleanField("NULL", true);
        }

        @Override
        public Body visitBoolean(AttributeValue.BooleanValue value) {
            return out -> out.json.writeBooleanField("BOOL", value.value());
        }
    }

    /** {@code ConsumedCapacity} as a member, when present. */
    public void consumedCapacity(Optional<ConsumedCapacity> capacity) throws IOException {
        if (capacity.isPresent()) {
            json.writeFieldName("ConsumedCapacity");
            consumedCapacityValue(capacity.get());
        }
    }

    /** {@code ItemCollectionMetrics} as a member, when present. */
    public void itemCollectionMetrics(Optional<ItemCollectionMetrics> metrics) throws IOException {
        if (metrics.isPresent()) {
            json.writeFieldName("ItemCollectionMetrics");
            itemCollectionMetricsValue(metrics.get());
        }
    }

    /** {@code ItemCollectionMetrics} of a batch or transaction (a list per table) as a member, when not empty. */
    public void itemCollectionMetrics(Map<String, List<ItemCollectionMetrics>> metrics) throws IOException {
        if (!metrics.isEmpty()) {
            json.writeObjectFieldStart("ItemCollectionMetrics");
            for (Map.Entry<String, List<ItemCollectionMetrics>> table : metrics.entrySet()) {
                json.writeArrayFieldStart(table.getKey());
                for (ItemCollectionMetrics each : table.getValue()) {
                    itemCollectionMetricsValue(each);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    private void itemCollectionMetricsValue(ItemCollectionMetrics metrics) throws IOException {
        json.writeStartObject();
        item("ItemCollectionKey", metrics.itemCollectionKey(), true);
        json.writeArrayFieldStart("SizeEstimateRangeGB");
        for (double bound : metrics.sizeEstimateRangeGigabytes()) {
            json.writeNumber(bound);
        }
        json.writeEndArray();
        json.writeEndObject();
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
