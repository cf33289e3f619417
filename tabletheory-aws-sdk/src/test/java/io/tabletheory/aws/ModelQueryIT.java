package io.tabletheory.aws;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.testkit.contract.Backend;
import io.tabletheory.testkit.contract.ModelQueryContract;

/** The engine's reads and updates end to end, against DynamoDB Local through the AWS adapter. */
class ModelQueryIT extends ModelQueryContract {
    @Override
    protected DynamoStore store() {
        return DynamoDbLocal.store();
    }

    @Override
    protected Backend backend() {
        return Backend.DYNAMODB_LOCAL;
    }
}
