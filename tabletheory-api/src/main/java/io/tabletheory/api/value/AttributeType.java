package io.tabletheory.api.value;

/** The ten DynamoDB data types, named as DynamoDB names them on the wire. */
public enum AttributeType {
    /** String. */
    S,
    /** Number. */
    N,
    /** Binary. */
    B,
    /** String set. */
    SS,
    /** Number set. */
    NS,
    /** Binary set. */
    BS,
    /** Map. */
    M,
    /** List. */
    L,
    /** Null. */
    NULL,
    /** Boolean. */
    BOOL
}
