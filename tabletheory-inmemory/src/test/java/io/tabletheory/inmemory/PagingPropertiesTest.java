package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.n;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Properties of Query and Scan paging over generated tables. */
class PagingPropertiesTest {

    /** A table holding one item per (partition, sort) pair, partitions p0..p4. */
    private static InMemoryDynamoStore tableOf(List<Integer> keys) {
        InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();
        dynamo.createTable(CreateTableRequest.builder("tab")
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.N)
                .build());
        for (int key : keys) {
            dynamo.putItem(PutItemRequest.builder("tab", item("pk", s("p" + (key % 5)), "sk", n(key)))
                    .build());
        }
        return dynamo;
    }

    @Test
    void queryPaging_withAnyLimit_yieldsEveryItemOnceInKeyOrder() {
        qt().withExamples(200)
                .forAll(
                        lists().of(integers().between(-50, 50)).ofSizeBetween(0, 40),
                        integers().between(1, 12),
                        booleans().all())
                .checkAssert((keys, limit, forward) -> {
                    InMemoryDynamoStore dynamo = tableOf(keys);
                    for (int p = 0; p < 5; p++) {
                        List<Integer> read = new ArrayList<>();
                        QueryRequest request = QueryRequest.builder("tab")
                                .keyConditionExpression("pk = :p")
                                .expressionAttributeValues(Map.of(":p", s("p" + p)))
                                .limit(limit)
                                .scanIndexForward(forward)
                                .build();
                        PageResult page;
                        do {
                            page = dynamo.query(request);
                            assertThat(page.scannedCount()).isLessThanOrEqualTo(limit);
                            page.items().forEach(item -> read.add(sortKey(item)));
                            request = request.toBuilder()
                                    .exclusiveStartKey(page.lastEvaluatedKey())
                                    .build();
                        } while (page.hasMore());
                        List<Integer> want = new ArrayList<>();
                        for (int key : new TreeSet<>(keys)) {
                            if (("p" + (key % 5)).equals("p" + p)) {
                                want.add(key);
                            }
                        }
                        if (!forward) {
                            Collections.reverse(want);
                        }
                        assertThat(read).isEqualTo(want);
                    }
                });
    }

    @Test
    void scanPaging_withAnyLimit_yieldsEveryItemOnceInTheSameOrderAsOnePage() {
        qt().withExamples(200)
                .forAll(
                        lists().of(integers().between(-50, 50)).ofSizeBetween(0, 40),
                        integers().between(1, 12))
                .checkAssert((keys, limit) -> {
                    InMemoryDynamoStore dynamo = tableOf(keys);
                    List<Map<String, AttributeValue>> whole =
                            dynamo.scan(ScanRequest.builder("tab").build()).items();
                    List<Map<String, AttributeValue>> paged = new ArrayList<>();
                    ScanRequest request =
                            ScanRequest.builder("tab").limit(limit).build();
                    PageResult page;
                    do {
                        page = dynamo.scan(request);
                        paged.addAll(page.items());
                        request = request.toBuilder()
                                .exclusiveStartKey(page.lastEvaluatedKey())
                                .build();
                    } while (page.hasMore());
                    assertThat(whole).hasSize(new HashSet<>(keys).size());
                    assertThat(paged).isEqualTo(whole);
                });
    }

    @Test
    void parallelScanSegments_areDisjointAndCoverTheTable() {
        qt().withExamples(200)
                .forAll(
                        lists().of(integers().between(-500, 500)).ofSizeBetween(0, 60),
                        integers().between(1, 9))
                .checkAssert((keys, totalSegments) -> {
                    InMemoryDynamoStore dynamo = tableOf(keys);
                    List<Map<String, AttributeValue>> all = new ArrayList<>();
                    for (int segment = 0; segment < totalSegments; segment++) {
                        all.addAll(dynamo.scan(ScanRequest.builder("tab")
                                        .segment(segment)
                                        .totalSegments(totalSegments)
                                        .build())
                                .items());
                    }
                    Set<Map<String, AttributeValue>> distinct = new HashSet<>(all);
                    assertThat(all).hasSize(distinct.size());
                    assertThat(distinct).hasSize(new HashSet<>(keys).size());
                });
    }

    private static int sortKey(Map<String, AttributeValue> item) {
        return Integer.parseInt(((AttributeValue.NumberValue) item.get("sk")).value());
    }
}
