package io.tabletheory.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.value.AttributeValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** SDK v2 stream records in TableTheory's shape. */
class AwsStreamRecordsTest {
    private static software.amazon.awssdk.services.dynamodb.model.AttributeValue s(String value) {
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(value);
    }

    @Test
    void aRecordOfTheSdk_keepsEveryPart() {
        Record sdk = Record.builder()
                .eventID("e1")
                .eventName(OperationType.MODIFY)
                .dynamodb(software.amazon.awssdk.services.dynamodb.model.StreamRecord.builder()
                        .keys(Map.of("id", s("u1")))
                        .newImage(Map.of("id", s("u1"), "email", s("new@example.com")))
                        .oldImage(Map.of("id", s("u1"), "email", s("old@example.com")))
                        .sequenceNumber("300")
                        .sizeBytes(40L)
                        .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
                        .approximateCreationDateTime(Instant.ofEpochSecond(1_733_475_600))
                        .build())
                .build();

        StreamRecord record = AwsStreamRecords.of(sdk);

        assertThat(record.eventId()).isEqualTo("e1");
        assertThat(record.eventName()).isEqualTo(StreamEventName.MODIFY);
        assertThat(record.keys()).isEqualTo(Map.of("id", AttributeValue.ofString("u1")));
        assertThat(record.newImage())
                .get()
                .extracting(image -> image.get("email"))
                .isEqualTo(AttributeValue.ofString("new@example.com"));
        assertThat(record.oldImage())
                .get()
                .extracting(image -> image.get("email"))
                .isEqualTo(AttributeValue.ofString("old@example.com"));
        assertThat(record.sequenceNumber()).isEqualTo("300");
        assertThat(record.sizeBytes()).isEqualTo(40);
        assertThat(record.streamViewType()).contains("NEW_AND_OLD_IMAGES");
        assertThat(record.approximateCreationTime()).contains(Instant.ofEpochSecond(1_733_475_600));
        assertThat(record.fromTimeToLive()).isFalse();
    }

    @Test
    void aTimeToLiveDeletion_isRecognised_andAKeysOnlyRecordHasNoImages() {
        Record sdk = Record.builder()
                .eventName(OperationType.REMOVE)
                .dynamodb(software.amazon.awssdk.services.dynamodb.model.StreamRecord.builder()
                        .keys(Map.of("id", s("u9")))
                        .sequenceNumber("1")
                        .build())
                .userIdentity(Identity.builder()
                        .type("Service")
                        .principalId("dynamodb.amazonaws.com")
                        .build())
                .build();

        List<StreamRecord> records = AwsStreamRecords.of(List.of(sdk));

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.fromTimeToLive()).isTrue();
            assertThat(record.newImage()).isEmpty();
            assertThat(record.oldImage()).isEmpty();
        });
    }

    @Test
    void aRecordWithoutItsChange_isRefused() {
        assertThatThrownBy(() -> AwsStreamRecords.of(
                        Record.builder().eventID("e2").eventName("INSERT").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stream record e2 has no dynamodb part");
        assertThatThrownBy(
                        () -> AwsStreamRecords.of(Record.builder().eventID("e3").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not INSERT, MODIFY or REMOVE");
    }
}
