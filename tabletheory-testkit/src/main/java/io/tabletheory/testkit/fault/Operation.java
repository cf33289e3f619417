package io.tabletheory.testkit.fault;

/** The port operations a {@link FaultInjectingStore} counts and can fail, one per DynamoDB operation. */
public enum Operation {
    GET_ITEM,
    PUT_ITEM,
    UPDATE_ITEM,
    DELETE_ITEM,
    QUERY,
    SCAN,
    BATCH_GET_ITEM,
    BATCH_WRITE_ITEM,
    TRANSACT_WRITE_ITEMS,
    TRANSACT_GET_ITEMS,
    CREATE_TABLE,
    DESCRIBE_TABLE,
    DELETE_TABLE,
    LIST_TABLES,
    UPDATE_TIME_TO_LIVE,
    DESCRIBE_TIME_TO_LIVE,
    UPDATE_TABLE,
    TAG_RESOURCE,
    UNTAG_RESOURCE,
    LIST_TAGS_OF_RESOURCE
}
