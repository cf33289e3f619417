package io.tabletheory.lambda.internal.stream;

import io.tabletheory.api.value.AttributeValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TableTheory's attribute values as the Lambda events library's beans: the direction {@code
 * LambdaStreamRecords.event} needs to hand stream records to a handler that takes a {@code DynamodbEvent}.
 */
public final class LambdaEventValues
        implements AttributeValue.Visitor<com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> {
    private static final LambdaEventValues INSTANCE = new LambdaEventValues();

    private LambdaEventValues() {}

    /** The item with each value converted, in the item's order. */
    public static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> item(
            Map<String, AttributeValue> item) {
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> converted =
                new LinkedHashMap<>();
        item.forEach((name, value) -> converted.put(name, value.accept(INSTANCE)));
        return converted;
    }

    private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue bean() {
        return new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
    }

    @Override
    public com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue visitString(
            AttributeValue.StringValue value) {
        return bean().withS(value.value());
    }

    @Override
    public com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue visitNumber(
            AttributeValue.NumberValue value) {
        return bean().withN(value.value());
    }

    @Override
    public com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue visitBinary(
            AttributeValue.BinaryValue value) {
        return bean().withB(ByteBuffer.wrap(value.value()));
    }

    @Override
    public com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue visitStringSet(
            AttributeValue.StringSetValue value) {
        return bean().withSS(new ArrayList<>(value.values()));
    }

    @Override
    public com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue visitNumberSet(
            AttributeValue.NumberSetValue value) {
        return bean().withNS(value.values().stream()
                .map(AttributeValue.NumberValue::value)
                .toList());
    }

    @Override
    public com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue visitBinarySet(
            AttributeValue.BinarySetValue value) {
        return bean().withBS(value.values().stream()
                .map(member -> ByteBuffer.wrap(member.value()))
                .toList());
    }

    @Override
    public com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue visitMap(
            AttributeValue.MapValue value) {
        return bean().withM(item(value.values()));
    }

    @Override
    public com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue visitList(
            AttributeValue.ListValue value) {
        List<com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> members = new ArrayList<>();
        value.values().forEach(member -> members.add(member.accept(this)));
        return bean().withL(members);
    }

    @Override
    public com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue visitNull(
            AttributeValue.NullValue value) {
        return bean().withNULL(true);
    }

    @Override
    public com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue visitBoolean(
            AttributeValue.BooleanValue value) {
        return bean().withBOOL(value.value());
    }
}
