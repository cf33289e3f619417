package io.tabletheory.bench.coldstart;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/** The SDK's Enhanced Client as its documentation sets it up: the default client, a bean table schema. */
public final class EnhancedClient {
    private EnhancedClient() {}

    public static void main(String[] args) {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.create();
        DynamoDbTable<ColdStartBean> table = enhanced.table(Report.TABLE, TableSchema.fromBean(ColdStartBean.class));
        ColdStartBean item = new ColdStartBean();
        item.setPk(Report.KEY);
        item.setName(Report.NAME);
        item.setCount(Report.COUNT);
        table.putItem(item);
        ColdStartBean read =
                table.getItem(Key.builder().partitionValue(Report.KEY).build());
        Report.print(read.getName(), read.getCount());
    }
}
