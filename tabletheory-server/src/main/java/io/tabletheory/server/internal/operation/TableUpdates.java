package io.tabletheory.server.internal.operation;

import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.GlobalSecondaryIndexUpdate;
import io.tabletheory.api.table.UpdateTableRequest;
import io.tabletheory.server.internal.json.WireObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes an UpdateTable request body into the api's {@link UpdateTableRequest}: {@code TableName}, {@code
 * AttributeDefinitions}, {@code BillingMode}, {@code ProvisionedThroughput}, {@code GlobalSecondaryIndexUpdates}
 * (each a {@code Create}, {@code Update} or {@code Delete}) and {@code StreamSpecification}, with DynamoDB's errors
 * for missing members and members of the wrong JSON type; the store checks the rest. Members the emulator has no
 * notion of (encryption, table class, replicas, deletion protection) are ignored.
 */
final class TableUpdates {
    private TableUpdates() {}

    static UpdateTableRequest updateTableRequest(WireObject request) {
        String tableName = request.requiredString("TableName");
        List<GlobalSecondaryIndexUpdate> updates = new ArrayList<>();
        for (WireObject update : request.objectList("GlobalSecondaryIndexUpdates", "GlobalSecondaryIndexUpdate")) {
            update.object("Create", "CreateGlobalSecondaryIndexAction")
                    .ifPresent(create -> updates.add(new GlobalSecondaryIndexUpdate.Create(
                            TableOperations.index(create),
                            create.object("ProvisionedThroughput", "ProvisionedThroughput")
                                    .map(TableOperations::throughput))));
            update.object("Update", "UpdateGlobalSecondaryIndexAction")
                    .ifPresent(change -> updates.add(new GlobalSecondaryIndexUpdate.Update(
                            change.requiredString("IndexName"),
                            TableOperations.throughput(
                                    change.requiredObject("ProvisionedThroughput", "ProvisionedThroughput")))));
            update.object("Delete", "DeleteGlobalSecondaryIndexAction")
                    .ifPresent(delete ->
                            updates.add(new GlobalSecondaryIndexUpdate.Delete(delete.requiredString("IndexName"))));
        }
        return new UpdateTableRequest(
                tableName,
                TableOperations.attributeDefinitions(request),
                RequestMembers.enumMember(request, "BillingMode", BillingMode.class),
                request.object("ProvisionedThroughput", "ProvisionedThroughput").map(TableOperations::throughput),
                updates,
                request.object("StreamSpecification", "StreamSpecification").map(TableOperations::streamSpecification));
    }
}
