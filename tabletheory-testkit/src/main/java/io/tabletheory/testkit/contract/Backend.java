package io.tabletheory.testkit.contract;

/**
 * The backend a contract run exercises, named in assertion messages. The contract's assertions are the same for all
 * of them: every backend is held to DynamoDB's exact behaviour and messages.
 */
public enum Backend {
    /** The in-memory emulator ({@code tabletheory-inmemory}); it must match DynamoDB exactly. */
    IN_MEMORY,
    /**
     * The in-memory emulator served over DynamoDB's HTTP protocol by {@code tabletheory-server}, reached through
     * the AWS adapter and a real AWS SDK v2 client; like {@link #IN_MEMORY}, it must match DynamoDB exactly.
     */
    TABLETHEORY_SERVER,
    /** Amazon DynamoDB itself through the AWS adapter: the reference. */
    DYNAMODB
}
