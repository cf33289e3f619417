package io.tabletheory.aws.internal;

import io.tabletheory.api.table.GlobalSecondaryIndexUpdate;
import io.tabletheory.api.table.UpdateTableRequest;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.DeleteGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.UpdateGlobalSecondaryIndexAction;

/** Maps the api's {@link UpdateTableRequest} to the SDK's, one index change at a time through its visitor. */
final class TableUpdateMapper {
    private TableUpdateMapper() {}

    static software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest toSdk(UpdateTableRequest request) {
        List<software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate> updates = new ArrayList<>();
        for (GlobalSecondaryIndexUpdate update : request.globalSecondaryIndexUpdates()) {
            updates.add(update.accept(new IndexUpdateMapper()));
        }
        return software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest.builder()
                .tableName(request.tableName())
                .attributeDefinitions(
                        request.attributeDefinitions().isEmpty()
                                ? null
                                : TableMapper.attributeDefinitionsToSdk(request.attributeDefinitions()))
                .billingMode(request.billingMode().map(Enum::name).orElse(null))
                .provisionedThroughput(
                        request.provisionedThroughput().map(TableMapper::toSdk).orElse(null))
                .globalSecondaryIndexUpdates(updates.isEmpty() ? null : updates)
                .streamSpecification(
                        request.streamSpecification().map(TableMapper::toSdk).orElse(null))
                .build();
    }

    private static final class IndexUpdateMapper
            implements GlobalSecondaryIndexUpdate.Visitor<
                    software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate> {
        @Override
        public software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate create(
                GlobalSecondaryIndexUpdate.Create create) {
            return software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate.builder()
                    .create(CreateGlobalSecondaryIndexAction.builder()
                            .indexName(create.indexName())
                            .keySchema(TableMapper.keySchemaToSdk(create.index().keySchema()))
                            .projection(TableMapper.toSdk(create.index().projection()))
                            .provisionedThroughput(create.provisionedThroughput()
                                    .map(TableMapper::toSdk)
                                    .orElse(null))
                            .build())
                    .build();
        }

        @Override
        public software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate update(
                GlobalSecondaryIndexUpdate.Update update) {
            return software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate.builder()
                    .update(UpdateGlobalSecondaryIndexAction.builder()
                            .indexName(update.indexName())
                            .provisionedThroughput(TableMapper.toSdk(update.provisionedThroughput()))
                            .build())
                    .build();
        }

        @Override
        public software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate delete(
                GlobalSecondaryIndexUpdate.Delete delete) {
            return software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate.builder()
                    .delete(DeleteGlobalSecondaryIndexAction.builder()
                            .indexName(delete.indexName())
                            .build())
                    .build();
        }
    }
}
