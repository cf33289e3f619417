package io.tabletheory.testkit.contract;

/**
 * The backend a contract run exercises. The contract's assertions are the same for all of them; the only use of
 * this value is to let {@link KnownDivergences} accept DynamoDB Local's own wording of a message, or its own
 * behaviour, where it is recorded to differ from DynamoDB's. Every backend but {@link #DYNAMODB_LOCAL} is held to
 * DynamoDB's exact behaviour and messages.
 */
public enum Backend {
    /** The in-memory emulator ({@code tabletheory-inmemory}); it must match DynamoDB exactly. */
    IN_MEMORY,
    /**
     * The in-memory emulator served over DynamoDB's HTTP protocol by {@code tabletheory-server}, reached through
     * the AWS adapter and a real AWS SDK v2 client; like {@link #IN_MEMORY}, it must match DynamoDB exactly.
     */
    TABLETHEORY_SERVER,
    /** DynamoDB Local through the AWS adapter; its recorded message divergences are accepted. */
    DYNAMODB_LOCAL,
    /** Amazon DynamoDB itself through the AWS adapter: the reference. */
    DYNAMODB
}
