package io.tabletheory.server.internal.snapshot;

import static io.tabletheory.api.value.AttributeValue.ofBinary;
import static io.tabletheory.api.value.AttributeValue.ofList;
import static io.tabletheory.api.value.AttributeValue.ofMap;
import static io.tabletheory.api.value.AttributeValue.ofNumber;
import static io.tabletheory.api.value.AttributeValue.ofString;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotFormatTest {
    @TempDir
    Path directory;

    @Test
    void save_writesTheMarkerAndOneReadableFilePerTable() throws Exception {
        InMemoryDynamoStore store = InMemoryDynamoStore.create();
        store.createTable(CreateTableRequest.builder("users")
                .partitionKey("id", ScalarAttributeType.S)
                .globalSecondaryIndex("by-email", "email", ScalarAttributeType.S, Projection.include(List.of("name")))
                .build());
        store.updateTimeToLive("users", new TimeToLiveSpecification("expiresAt", true));
        Map<String, io.tabletheory.api.value.AttributeValue> item = new LinkedHashMap<>();
        item.put("id", ofString("u1"));
        item.put("n", ofNumber("1.50"));
        item.put("b", ofBinary(new byte[] {1, 2}));
        item.put("l", ofList(List.of(ofMap(Map.of()))));
        SnapshotRoundTripTest.put(store, "users", item);

        SnapshotDirectory.at(directory).save(store);

        assertThat(Files.readString(directory.resolve("users.table.json"), StandardCharsets.UTF_8))
                .isEqualTo(
                        """
                        {
                          "Table": {
                            "TableName": "users",
                            "AttributeDefinitions": [
                              {
                                "AttributeName": "id",
                                "AttributeType": "S"
                              },
                              {
                                "AttributeName": "email",
                                "AttributeType": "S"
                              }
                            ],
                            "KeySchema": [
                              {
                                "AttributeName": "id",
                                "KeyType": "HASH"
                              }
                            ],
                            "GlobalSecondaryIndexes": [
                              {
                                "IndexName": "by-email",
                                "KeySchema": [
                                  {
                                    "AttributeName": "email",
                                    "KeyType": "HASH"
                                  }
                                ],
                                "Projection": {
                                  "ProjectionType": "INCLUDE",
                                  "NonKeyAttributes": [
                                    "name"
                                  ]
                                }
                              }
                            ],
                            "BillingMode": "PAY_PER_REQUEST"
                          },
                          "TimeToLiveDescription": {
                            "TimeToLiveStatus": "ENABLED",
                            "AttributeName": "expiresAt"
                          },
                          "Items": [
                            {"b":{"B":"AQI="},"id":{"S":"u1"},"l":{"L":[{"M":{}}]},"n":{"N":"1.5"}}
                          ]
                        }
                        """);
        assertThat(Files.readString(directory.resolve(SnapshotDirectory.MARKER), StandardCharsets.UTF_8))
                .isEqualTo(
                        """
                        {
                          "Format": "tabletheory-snapshot",
                          "Version": 1
                        }
                        """);
    }

    @Test
    void load_readsAHandWrittenCompactFile() throws Exception {
        Files.writeString(
                directory.resolve(SnapshotDirectory.MARKER), "{\"Format\":\"tabletheory-snapshot\",\"Version\":1}");
        Files.writeString(
                directory.resolve("anything.table.json"),
                "{\"Table\":{\"TableName\":\"notes\",\"AttributeDefinitions\":[{\"AttributeName\":\"id\","
                        + "\"AttributeType\":\"N\"}],\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]},"
                        + "\"Items\":[{\"id\":{\"N\":\"7\"},\"text\":{\"S\":\"hello\"}}]}");
        InMemoryDynamoStore store = InMemoryDynamoStore.create();

        assertThat(SnapshotDirectory.at(directory).load(store)).isEqualTo(1);

        assertThat(store.getItem(GetItemRequest.builder("notes", Map.of("id", ofNumber(7)))
                                .build())
                        .item())
                .contains(Map.of("id", ofNumber(7), "text", ofString("hello")));
        assertThat(store.describeTimeToLive("notes").attributeName()).isEmpty();
    }
}
