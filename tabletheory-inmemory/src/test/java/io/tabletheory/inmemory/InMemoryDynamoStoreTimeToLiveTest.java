package io.tabletheory.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.value.AttributeValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryDynamoStoreTimeToLiveTest {
    private static final Instant START = Instant.parse("2026-11-24T00:00:00Z");

    private final SettableClock now = new SettableClock(START);
    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create(now);

    @BeforeEach
    void createTable() {
        dynamo.createTable(CreateTableRequest.builder("sessions")
                .partitionKey("id", ScalarAttributeType.S)
                .globalSecondaryIndex("by-user", "user", ScalarAttributeType.S, Projection.all())
                .build());
        dynamo.updateTimeToLive("sessions", new TimeToLiveSpecification("expiresAt", true));
    }

    private void put(String id, AttributeValue expiresAt) {
        dynamo.putItem(PutItemRequest.builder(
                        "sessions",
                        Map.of(
                                "id",
                                AttributeValue.ofString(id),
                                "user",
                                AttributeValue.ofString("u1"),
                                "expiresAt",
                                expiresAt))
                .build());
    }

    private boolean exists(String id) {
        return dynamo.getItem(GetItemRequest.builder("sessions", Map.of("id", AttributeValue.ofString(id)))
                        .build())
                .item()
                .isPresent();
    }

    @Test
    void expiredItems_stayReadable_untilASweep() {
        put("s1", AttributeValue.ofNumber(START.getEpochSecond() + 60));
        now.set(START.plus(Duration.ofHours(1)));

        assertThat(exists("s1")).isTrue();
        assertThat(dynamo.sweepExpiredItems()).isEqualTo(1);
        assertThat(exists("s1")).isFalse();
    }

    @Test
    void aSweep_deletesOnlyWhatHasExpired_andTheIndexFollows() {
        put("past", AttributeValue.ofNumber(START.getEpochSecond() - 1));
        put("now", AttributeValue.ofNumber(START.getEpochSecond()));
        put("future", AttributeValue.ofNumber(START.getEpochSecond() + 1));
        put("text", AttributeValue.ofString("0"));
        put(
                "ancient",
                AttributeValue.ofNumber(START.minus(Duration.ofDays(6 * 365)).getEpochSecond()));

        assertThat(dynamo.sweepExpiredItems()).isEqualTo(2);

        assertThat(exists("past")).isFalse();
        assertThat(exists("now")).isFalse();
        assertThat(exists("future")).isTrue();
        assertThat(exists("text")).isTrue();
        assertThat(exists("ancient")).isTrue();
        assertThat(dynamo.query(QueryRequest.builder("sessions")
                                .indexName("by-user")
                                .keyConditionExpression("#u = :u")
                                .expressionAttributeNames(Map.of("#u", "user"))
                                .expressionAttributeValues(Map.of(":u", AttributeValue.ofString("u1")))
                                .build())
                        .count())
                .isEqualTo(3);
    }

    @Test
    void withoutTimeToLive_nothingExpires() {
        dynamo.updateTimeToLive("sessions", new TimeToLiveSpecification("expiresAt", false));
        put("s1", AttributeValue.ofNumber(START.getEpochSecond() - 60));

        assertThat(dynamo.sweepExpiredItems()).isZero();
        assertThat(exists("s1")).isTrue();
    }
}
