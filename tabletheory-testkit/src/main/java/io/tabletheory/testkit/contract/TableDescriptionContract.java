package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.IndexDescription;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.TableDescription;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What DescribeTable tells beyond the definition: creation time, provisioned throughput, the table's ARN, and the
 * item count and size of the table and of each index. DynamoDB refreshes counts and sizes about every six hours, so
 * on DynamoDB these assertions hold only for a table described long after its writes; the emulator keeps them exact.
 */
public abstract class TableDescriptionContract extends PortContract {

    @Test
    void describeTable_ofANewTable_hasItsCreationTimeArnAndThroughput() {
        String table = uniqueTableName("describe-new");
        Instant before = Instant.now().minus(Duration.ofMinutes(5));
        store().createTable(CreateTableRequest.builder(table)
                .partitionKey(PK, ScalarAttributeType.S)
                .provisionedThroughput(new ProvisionedThroughput(4, 2))
                .build());

        TableDescription described = awaitActive(table);

        assertThat(described.creationDateTime().orElseThrow()).isAfter(before);
        assertThat(described.tableArn().orElseThrow()).matches("arn:aws:dynamodb:[a-z0-9-]+:\\d{12}:table/" + table);
        assertThat(described.provisionedThroughput()).contains(new ProvisionedThroughput(4, 2));
        assertThat(described.tableSizeBytes()).isZero();
        assertThat(described.itemCount()).isZero();
    }

    @Test
    void describeTable_countsTheItemsAndBytesOfTheTableAndOfEachIndex() {
        String table = uniqueTableName("describe-sizes");
        store().createTable(CreateTableRequest.builder(table)
                .partitionKey(PK, ScalarAttributeType.S)
                .globalSecondaryIndex("by-group", "group", ScalarAttributeType.S, Projection.keysOnly())
                .build());
        awaitActive(table);
        put(table, item(PK, s("a"), "group", s("g"), "note", s("hello")));
        put(table, item(PK, s("b"), "note", s("x")));
        put(table, item(PK, s("c"), "group", s("h")));
        store().deleteItem(DeleteItemRequest.builder(table, item(PK, s("c"))).build());

        TableDescription described = awaitActive(table);

        // Item sizes are attribute-name lengths plus value lengths: (2+1)+(5+1)+(4+5) = 18 and (2+1)+(4+1) = 8.
        assertThat(described.itemCount()).isEqualTo(2);
        assertThat(described.tableSizeBytes()).isEqualTo(26);
        IndexDescription index = described.indexDescription("by-group").orElseThrow();
        assertThat(index.itemCount()).isEqualTo(1);
        // A KEYS_ONLY entry holds the index and table keys: (2+1)+(5+1).
        assertThat(index.indexSizeBytes()).isEqualTo(9);
    }
}
