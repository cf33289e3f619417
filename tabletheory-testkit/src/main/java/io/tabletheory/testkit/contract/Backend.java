package io.tabletheory.testkit.contract;

/**
 * The backend a contract run exercises. The contract's assertions are the same for all of them; the only use of
 * this value is to let {@link KnownDivergences} accept DynamoDB Local's own wording of a message where it is
 * recorded to differ from DynamoDB's.
 */
public enum Backend {
    /** The in-memory emulator ({@code tabletheory-inmemory}); it must match DynamoDB exactly. */
    IN_MEMORY,
    /** DynamoDB Local through the AWS adapter; its recorded message divergences are accepted. */
    DYNAMODB_LOCAL,
    /** Amazon DynamoDB itself through the AWS adapter: the reference. */
    DYNAMODB
}
