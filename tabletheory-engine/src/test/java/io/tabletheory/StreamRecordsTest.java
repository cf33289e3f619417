package io.tabletheory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ModelException;
import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.fixtures.RecordingStore;
import io.tabletheory.engine.fixtures.User;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stream records from a Lambda event's JSON, and their images as model instances. */
class StreamRecordsTest {
    private static final String EVENT =
            """
            {"Records":[
              {"eventID":"c4ca4238a0b923820dcc509a6f75849b","eventName":"INSERT","eventVersion":"1.1",
               "eventSource":"aws:dynamodb","awsRegion":"eu-west-1",
               "dynamodb":{"ApproximateCreationDateTime":1733475600,
                 "Keys":{"id":{"S":"u1"},"sk":{"S":"PROFILE"}},
                 "NewImage":{"id":{"S":"u1"},"sk":{"S":"PROFILE"},"email":{"S":"ada@example.com"},
                   "tags":{"SS":["admin"]},"version":{"N":"0"},"createdAt":{"S":"2024-12-06T09:00:00Z"},
                   "unknown":{"BOOL":true}},
                 "SequenceNumber":"111","SizeBytes":26,"StreamViewType":"NEW_AND_OLD_IMAGES"},
               "eventSourceARN":"arn:aws:dynamodb:eu-west-1:123456789012:table/users/stream/2024-12-06T00:00:00.000"},
              {"eventID":"c81e728d9d4c2f636f067f89cc14862c","eventName":"REMOVE",
               "dynamodb":{"ApproximateCreationDateTime":1733475601.25,
                 "Keys":{"id":{"S":"u2"},"sk":{"S":"PROFILE"}},
                 "OldImage":{"id":{"S":"u2"},"sk":{"S":"PROFILE"},"version":{"N":"4"}},
                 "SequenceNumber":"222","SizeBytes":12,"StreamViewType":"NEW_AND_OLD_IMAGES"},
               "userIdentity":{"type":"Service","principalId":"dynamodb.amazonaws.com"}}
            ]}""";

    private final Model<User> users =
            TableTheory.builder().store(new RecordingStore()).build().model(User.class);

    @Test
    void aLambdaEvent_readsAsRecords_withTheirImagesAsModels() {
        List<StreamRecord> records = StreamRecords.parse(EVENT);

        assertThat(records).hasSize(2);
        ModelStreamRecord<User> insert = StreamRecords.typed(users, records.get(0));
        assertThat(insert.eventName()).isEqualTo(StreamEventName.INSERT);
        assertThat(insert.keys()).containsEntry("id", AttributeValue.ofString("u1"));
        assertThat(insert.newImage()).get().satisfies(user -> {
            assertThat(user.email()).isEqualTo("ada@example.com");
            assertThat(user.tags()).isEqualTo(Set.of("admin"));
            assertThat(user.createdAt()).isEqualTo(Instant.parse("2024-12-06T09:00:00Z"));
        });
        assertThat(insert.oldImage()).isEmpty();
        assertThat(insert.sequenceNumber()).isEqualTo("111");
        assertThat(insert.approximateCreationTime()).contains(Instant.ofEpochSecond(1733475600));
        assertThat(insert.fromTimeToLive()).isFalse();
        assertThat(insert.record().streamViewType()).contains("NEW_AND_OLD_IMAGES");
        assertThat(insert.record().sizeBytes()).isEqualTo(26);

        ModelStreamRecord<User> removal = StreamRecords.typed(users, records.get(1));
        assertThat(removal.eventName()).isEqualTo(StreamEventName.REMOVE);
        assertThat(removal.oldImage()).get().extracting(User::version).isEqualTo(4L);
        assertThat(removal.newImage()).isEmpty();
        assertThat(removal.fromTimeToLive()).isTrue();
        assertThat(removal.approximateCreationTime()).contains(Instant.ofEpochSecond(1733475601, 250_000_000));
    }

    @Test
    void oneRecordOrAnArrayOfThem_readsToo() {
        String record = "{\"eventName\":\"MODIFY\",\"dynamodb\":{\"Keys\":{\"id\":{\"S\":\"u1\"}},"
                + "\"SequenceNumber\":\"9\"}}";

        assertThat(StreamRecords.parse(record))
                .singleElement()
                .extracting(StreamRecord::eventName)
                .isEqualTo(StreamEventName.MODIFY);
        assertThat(StreamRecords.parse("[" + record + "," + record + "]")).hasSize(2);
    }

    @Test
    void anImageOfTheWrongType_namesTheFieldAndAttribute() {
        StreamRecord record = StreamRecords.parse(
                        "{\"eventName\":\"INSERT\",\"dynamodb\":{\"Keys\":{\"id\":{\"S\":\"u1\"}},"
                                + "\"NewImage\":{\"id\":{\"S\":\"u1\"},\"version\":{\"S\":\"seven\"}}}}")
                .get(0);

        assertThatThrownBy(() -> StreamRecords.typed(users, record))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("version");
    }

    @Test
    void badJson_isRefusedNamingTheRecordAndMember() {
        assertThatThrownBy(() -> StreamRecords.parse("{\"Records\":[{\"eventName\":\"UPSERT\",\"dynamodb\":{}}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid stream record: Records[0].eventName is \"UPSERT\", not INSERT, MODIFY or REMOVE");
        assertThatThrownBy(() -> StreamRecords.parse("{\"Records\":[{\"eventName\":\"INSERT\",\"dynamodb\":{}}]}"))
                .hasMessage("invalid stream record: Records[0].dynamodb.Keys is missing");
        assertThatThrownBy(() -> StreamRecords.parse(
                        "{\"eventName\":\"INSERT\",\"dynamodb\":{\"Keys\":" + "{\"id\":{\"Q\":\"u1\"}}}}"))
                .hasMessageContaining("Records[0].dynamodb.Keys.id has the unknown type \"Q\"");
        assertThatThrownBy(() -> StreamRecords.parse("{not json"))
                .hasMessageStartingWith("invalid stream record: the text is not JSON");
    }
}
