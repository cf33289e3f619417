package io.tabletheory.server.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tabletheory.api.stream.GetRecordsResult;
import io.tabletheory.api.stream.Shard;
import io.tabletheory.api.stream.StreamDescription;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.server.internal.json.StreamRecordMembers;
import io.tabletheory.server.internal.json.WireWriter;
import java.io.IOException;

/**
 * DynamoDB Streams' answer shapes: a {@code StreamDescription} with its shards, and GetRecords' {@code Records}, each
 * with DynamoDB's envelope ({@code eventID}, {@code eventName}, {@code eventVersion} 1.1, {@code eventSource}
 * aws:dynamodb, {@code awsRegion}) around its {@code dynamodb} member, and {@code userIdentity} for time-to-live
 * deletions.
 */
final class StreamShapes {
    private StreamShapes() {}

    /** A stream ARN as a client signing for {@code region} sees it. */
    static String regional(String arn, String region) {
        return TableDescriptions.regional(arn, region);
    }

    static void description(WireWriter out, StreamDescription description, String region) throws IOException {
        JsonGenerator json = out.json();
        json.writeObjectFieldStart("StreamDescription");
        json.writeStringField("StreamArn", regional(description.streamArn(), region));
        json.writeStringField("StreamLabel", description.streamLabel());
        json.writeStringField("StreamStatus", description.streamStatus().name());
        json.writeStringField("StreamViewType", description.streamViewType().name());
        json.writeFieldName("CreationRequestDateTime");
        json.writeNumber(TableDescriptions.epochSeconds(description.creationRequestDateTime()));
        json.writeStringField("TableName", description.tableName());
        json.writeArrayFieldStart("KeySchema");
        for (KeySchemaElement element : description.keySchema()) {
            json.writeStartObject();
            json.writeStringField("AttributeName", element.attributeName());
            json.writeStringField("KeyType", element.keyType().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("Shards");
        for (Shard shard : description.shards()) {
            json.writeStartObject();
            json.writeStringField("ShardId", shard.shardId());
            json.writeObjectFieldStart("SequenceNumberRange");
            out.string("StartingSequenceNumber", shard.sequenceNumberRange().startingSequenceNumber());
            out.string("EndingSequenceNumber", shard.sequenceNumberRange().endingSequenceNumber());
            json.writeEndObject();
            out.string("ParentShardId", shard.parentShardId());
            json.writeEndObject();
        }
        json.writeEndArray();
        out.string("LastEvaluatedShardId", description.lastEvaluatedShardId());
        json.writeEndObject();
    }

    static void records(WireWriter out, GetRecordsResult result, String region) throws IOException {
        JsonGenerator json = out.json();
        json.writeArrayFieldStart("Records");
        for (StreamRecord record : result.records()) {
            json.writeStartObject();
            json.writeStringField("eventID", record.eventId());
            json.writeStringField("eventName", record.eventName().name());
            json.writeStringField("eventVersion", "1.1");
            json.writeStringField("eventSource", "aws:dynamodb");
            json.writeStringField("awsRegion", region);
            json.writeObjectFieldStart("dynamodb");
            if (record.approximateCreationTime().isPresent()) {
                json.writeFieldName("ApproximateCreationDateTime");
                json.writeNumber(TableDescriptions.epochSeconds(
                        record.approximateCreationTime().get()));
            }
            StreamRecordMembers.change(out, record);
            json.writeEndObject();
            StreamRecordMembers.userIdentity(out, record);
            json.writeEndObject();
        }
        json.writeEndArray();
        out.string("NextShardIterator", result.nextShardIterator());
    }
}
