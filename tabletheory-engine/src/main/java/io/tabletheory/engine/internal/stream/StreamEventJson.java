package io.tabletheory.engine.internal.stream;

import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.json.DynamoJsonValues;
import io.tabletheory.engine.internal.json.JsonReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads stream records from JSON text: a Lambda event ({@code {"Records":[...]}}), an array of records or one
 * record, in the member names DynamoDB's Streams API and Lambda use. Strict about what it reads (a wrong type is an
 * error naming the record and member), lenient about members it does not read.
 */
public final class StreamEventJson {
    private static final String PREFIX = "invalid stream record: ";

    private StreamEventJson() {}

    /** The records the text holds, in order. */
    public static List<StreamRecord> records(String text) {
        Object parsed;
        try {
            parsed = JsonReader.parse(text);
        } catch (IllegalArgumentException notJson) {
            throw new IllegalArgumentException(PREFIX + "the text is not JSON: " + notJson.getMessage(), notJson);
        }
        List<?> records;
        if (parsed instanceof Map<?, ?> object && object.containsKey("Records")) {
            if (!(object.get("Records") instanceof List<?> list)) {
                throw invalid("Records is not an array");
            }
            records = list;
        } else if (parsed instanceof List<?> list) {
            records = list;
        } else {
            records = List.of(parsed);
        }
        List<StreamRecord> read = new ArrayList<>();
        for (int index = 0; index < records.size(); index++) {
            read.add(record(records.get(index), "Records[" + index + "]"));
        }
        return List.copyOf(read);
    }

    private static StreamRecord record(Object json, String where) {
        Map<?, ?> record = object(json, where);
        Map<?, ?> change = object(record.get("dynamodb"), where + ".dynamodb");
        String eventName = string(record.get("eventName"), where + ".eventName");
        StreamEventName name = StreamEventName.named(eventName)
                .orElseThrow(
                        () -> invalid(where + ".eventName is \"" + eventName + "\", not INSERT, MODIFY or REMOVE"));
        return new StreamRecord(
                optionalString(record.get("eventID"), where + ".eventID").orElse(""),
                name,
                item(change.get("Keys"), where + ".dynamodb.Keys")
                        .orElseThrow(() -> invalid(where + ".dynamodb.Keys is missing")),
                item(change.get("NewImage"), where + ".dynamodb.NewImage"),
                item(change.get("OldImage"), where + ".dynamodb.OldImage"),
                optionalString(change.get("SequenceNumber"), where + ".dynamodb.SequenceNumber")
                        .orElse(""),
                number(change.get("SizeBytes"), where + ".dynamodb.SizeBytes")
                        .map(BigDecimal::longValue)
                        .orElse(0L),
                optionalString(change.get("StreamViewType"), where + ".dynamodb.StreamViewType"),
                number(change.get("ApproximateCreationDateTime"), where + ".dynamodb.ApproximateCreationDateTime")
                        .map(StreamEventJson::instant),
                identity(record.get("userIdentity"), where + ".userIdentity"));
    }

    private static Optional<Map<String, AttributeValue>> item(Object json, String where) {
        if (json == null) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        object(json, where)
                .forEach((name, value) ->
                        item.put((String) name, DynamoJsonValues.attributeValue(value, where + "." + name, PREFIX)));
        return Optional.of(item);
    }

    private static Optional<StreamRecord.UserIdentity> identity(Object json, String where) {
        if (json == null) {
            return Optional.empty();
        }
        Map<?, ?> identity = object(json, where);
        return Optional.of(new StreamRecord.UserIdentity(
                optionalString(identity.get("type"), where + ".type").orElse(""),
                optionalString(identity.get("principalId"), where + ".principalId")
                        .orElse("")));
    }

    /** Epoch seconds, possibly with a fraction (Lambda events and the Streams API both send a JSON number). */
    private static Instant instant(BigDecimal seconds) {
        BigDecimal whole = new BigDecimal(seconds.toBigInteger());
        return Instant.ofEpochSecond(
                whole.longValueExact(),
                seconds.subtract(whole).movePointRight(9).longValue());
    }

    private static Map<?, ?> object(Object json, String where) {
        if (!(json instanceof Map<?, ?> object)) {
            throw invalid(where + (json == null ? " is missing" : " is not an object"));
        }
        return object;
    }

    private static String string(Object json, String where) {
        return optionalString(json, where).orElseThrow(() -> invalid(where + " is missing"));
    }

    private static Optional<String> optionalString(Object json, String where) {
        if (json == null) {
            return Optional.empty();
        }
        if (!(json instanceof String text)) {
            throw invalid(where + " is not a string");
        }
        return Optional.of(text);
    }

    private static Optional<BigDecimal> number(Object json, String where) {
        if (json == null) {
            return Optional.empty();
        }
        if (!(json instanceof BigDecimal number)) {
            throw invalid(where + " is not a number");
        }
        return Optional.of(number);
    }

    private static IllegalArgumentException invalid(String reason) {
        return new IllegalArgumentException(PREFIX + reason);
    }
}
