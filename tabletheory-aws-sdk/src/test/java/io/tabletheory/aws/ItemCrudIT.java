package io.tabletheory.aws;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.testkit.contract.Backend;
import io.tabletheory.testkit.contract.ItemCrudContract;

/** The {@link ItemCrudContract} against DynamoDB Local through the AWS adapter. */
class ItemCrudIT extends ItemCrudContract {
    @Override
    protected DynamoStore store() {
        return DynamoDbLocal.store();
    }

    @Override
    protected Backend backend() {
        return Backend.DYNAMODB_LOCAL;
    }
}
