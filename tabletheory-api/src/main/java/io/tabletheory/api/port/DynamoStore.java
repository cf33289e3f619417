package io.tabletheory.api.port;

/**
 * A complete DynamoDB backend: the data plane, transactions and table administration behind one object. This is
 * what {@code TableTheory.builder().store(...)} takes. Implemented by the AWS SDK adapter ({@code AwsDynamoStore})
 * for production and by the in-memory emulator ({@code InMemoryDynamoStore}) for tests.
 *
 * <p>The naming scheme: each port is a {@code ...Store} named after the part of DynamoDB it serves ({@link ItemStore},
 * {@link TransactionStore}, {@link TableStore}); a backend implements all of them as a {@code <Backend>DynamoStore}.
 */
public interface DynamoStore extends ItemStore, TransactionStore, TableStore {}
