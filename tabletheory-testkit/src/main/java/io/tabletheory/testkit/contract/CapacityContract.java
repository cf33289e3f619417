package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ReturnConsumedCapacity: a report naming the table when asked for, none when not, and DynamoDB's documented
 * figures (4 KB read units, halved for eventually consistent reads; 1 KB write units; a Query rounding the sum of
 * what it read; a breakdown by table and index for INDEXES). DynamoDB Local 3.1.0 reports these same figures for
 * the requests below, although older versions were seen to differ (research §3a), so no divergence is recorded.
 */
public abstract class CapacityContract extends PortContract {
    private String table() {
        String table = uniqueTableName("capacity");
        store().createTable(CreateTableRequest.builder(table)
                .partitionKey(PK, ScalarAttributeType.S)
                .sortKey(SK, ScalarAttributeType.N)
                .globalSecondaryIndex("by-owner", "owner", ScalarAttributeType.S, Projection.all())
                .build());
        awaitActive(table);
        return table;
    }

    /** An item of about {@code bytes} bytes, in the by-owner index. */
    private static Map<String, AttributeValue> sized(int sortKey, int bytes) {
        return item(PK, s("p"), SK, n(Integer.toString(sortKey)), "owner", s("o"), "body", s("x".repeat(bytes)));
    }

    @Test
    void aPutAskingForTotal_reportsWriteUnitsPerKilobyte() {
        String table = table();

        ConsumedCapacity capacity = store().putItem(PutItemRequest.builder(table, sized(1, 1500))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                        .build())
                .consumedCapacity()
                .orElseThrow();

        assertThat(capacity.tableName()).isEqualTo(table);
        assertThat(capacity.capacityUnits())
                .as("2 KB on the table, 2 KB on the index")
                .isEqualTo(4.0);
    }

    @Test
    void readsAskingForTotal_reportReadUnitsPer4Kilobytes_halvedWhenEventuallyConsistent() {
        String table = table();
        for (int sortKey = 1; sortKey <= 3; sortKey++) {
            put(table, sized(sortKey, 3000));
        }
        GetItemRequest get = GetItemRequest.builder(table, item(PK, s("p"), SK, n("1")))
                .consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build();
        QueryRequest query = QueryRequest.builder(table)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(item(":p", s("p")))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build();

        ConsumedCapacity strong = store().getItem(get).consumedCapacity().orElseThrow();
        ConsumedCapacity eventual = store().getItem(
                        get.toBuilder().consistentRead(false).build())
                .consumedCapacity()
                .orElseThrow();
        ConsumedCapacity page = store().query(query).consumedCapacity().orElseThrow();

        assertThat(strong.tableName()).isEqualTo(table);
        assertThat(page.tableName()).isEqualTo(table);
        assertThat(strong.capacityUnits()).isEqualTo(1.0);
        assertThat(eventual.capacityUnits()).isEqualTo(0.5);
        assertThat(page.capacityUnits()).as("9 KB read: 3 units, halved").isEqualTo(1.5);
    }

    @Test
    void indexes_breaksTheCostDownByTableAndIndex() {
        String table = table();

        ConsumedCapacity capacity = store().putItem(PutItemRequest.builder(table, sized(1, 100))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                        .build())
                .consumedCapacity()
                .orElseThrow();

        assertThat(capacity.tableName()).isEqualTo(table);
        assertThat(capacity.table())
                .hasValueSatisfying(share -> assertThat(share.capacityUnits()).isEqualTo(1.0));
        assertThat(capacity.globalSecondaryIndexes()).containsOnlyKeys("by-owner");
        assertThat(capacity.capacityUnits()).isEqualTo(2.0);
    }

    @Test
    void withoutReturnConsumedCapacity_noneIsReported() {
        String table = table();

        assertThat(store().putItem(PutItemRequest.builder(table, sized(1, 10)).build())
                        .consumedCapacity())
                .isEmpty();
        assertThat(store().getItem(GetItemRequest.builder(table, item(PK, s("p"), SK, n("1")))
                                .build())
                        .consumedCapacity())
                .isEmpty();
    }
}
