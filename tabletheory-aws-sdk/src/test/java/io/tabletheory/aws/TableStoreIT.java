package io.tabletheory.aws;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.testkit.contract.Backend;
import io.tabletheory.testkit.contract.TableStoreContract;

/** The {@link TableStoreContract} against DynamoDB Local through the AWS adapter. */
class TableStoreIT extends TableStoreContract {
    @Override
    protected DynamoStore store() {
        return DynamoDbLocal.store();
    }

    @Override
    protected Backend backend() {
        return Backend.DYNAMODB_LOCAL;
    }
}
