package io.tabletheory.aws;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.testkit.contract.Backend;
import io.tabletheory.testkit.contract.ModelOperationsContract;

/** The engine's end-to-end {@link ModelOperationsContract} against DynamoDB Local through the AWS adapter. */
class ModelOperationsIT extends ModelOperationsContract {
    @Override
    protected DynamoStore store() {
        return DynamoDbLocal.store();
    }

    @Override
    protected Backend backend() {
        return Backend.DYNAMODB_LOCAL;
    }
}
