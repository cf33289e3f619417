package io.tabletheory.api.port;

/**
 * A complete DynamoDB backend: the data plane, transactions and table administration behind one object. This is
 * what {@code TableTheory.builder().store(...)} takes. Implemented by the AWS SDK adapter ({@code AwsItemStore})
 * for production and by the in-memory emulator ({@code InMemoryDynamo}) for tests.
 */
public interface DynamoStore extends ItemStore, TransactionPort, TableAdmin {}
