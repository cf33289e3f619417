package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.n;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryDynamoStoreScanTest {
    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();

    @BeforeEach
    void table() {
        dynamo.createTable(CreateTableRequest.builder("tab")
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.N)
                .build());
        for (int p = 0; p < 20; p++) {
            for (int i = 0; i < 3; i++) {
                dynamo.putItem(PutItemRequest.builder("tab", item("pk", s("p" + p), "sk", n(i), "v", n(p)))
                        .build());
            }
        }
    }

    @Test
    void scan_returnsEveryItem_withEachPartitionInSortKeyOrder() {
        PageResult page = dynamo.scan(ScanRequest.builder("tab").build());

        assertThat(page.count()).isEqualTo(60);
        List<Map<String, AttributeValue>> items = page.items();
        for (int i = 0; i < items.size(); i += 3) {
            assertThat(items.get(i + 1).get("pk")).isEqualTo(items.get(i).get("pk"));
            assertThat(List.of(
                            items.get(i).get("sk"),
                            items.get(i + 1).get("sk"),
                            items.get(i + 2).get("sk")))
                    .containsExactly(n(0), n(1), n(2));
        }
    }

    @Test
    void scan_mayFilterOnKeyAttributes() {
        PageResult page = dynamo.scan(ScanRequest.builder("tab")
                .filterExpression("sk = :one AND v < :five")
                .expressionAttributeValues(Map.of(":one", n(1), ":five", n(5)))
                .build());

        assertThat(page.count()).isEqualTo(5);
        assertThat(page.scannedCount()).isEqualTo(60);
    }

    @Test
    void parallelScan_segmentsAreDisjointAndCoverTheTable() {
        List<Map<String, AttributeValue>> all = new ArrayList<>();
        for (int segment = 0; segment < 4; segment++) {
            ScanRequest request = ScanRequest.builder("tab")
                    .segment(segment)
                    .totalSegments(4)
                    .limit(5)
                    .build();
            PageResult page;
            do {
                page = dynamo.scan(request);
                all.addAll(page.items());
                request = request.toBuilder()
                        .exclusiveStartKey(page.lastEvaluatedKey())
                        .build();
            } while (page.hasMore());
        }

        assertThat(all).hasSize(60).doesNotHaveDuplicates();
    }

    @Test
    void scan_refusesBadSegmentsAndStartKeysOutsideTheSegment() {
        assertError(
                () -> dynamo.scan(ScanRequest.builder("tab").segment(1).build()),
                "The TotalSegments parameter is required but was not present in the request when Segment parameter"
                        + " is present");
        assertError(
                () -> dynamo.scan(ScanRequest.builder("tab").totalSegments(2).build()),
                "The Segment parameter is required but was not present in the request when parameter TotalSegments"
                        + " is present");
        assertError(
                () -> dynamo.scan(
                        ScanRequest.builder("tab").segment(5).totalSegments(5).build()),
                "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 5 is"
                        + " not less than TotalSegments: 5");
        PageResult first = dynamo.scan(
                ScanRequest.builder("tab").segment(0).totalSegments(2).limit(1).build());
        assertError(
                () -> dynamo.scan(ScanRequest.builder("tab")
                        .segment(1)
                        .totalSegments(2)
                        .exclusiveStartKey(first.lastEvaluatedKey())
                        .build()),
                "The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with"
                        + " correct Segment. TotalSegments: 2 Segment: 1");
    }

    private static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isExactlyInstanceOf(ValidationException.class).hasMessage(message);
    }
}
