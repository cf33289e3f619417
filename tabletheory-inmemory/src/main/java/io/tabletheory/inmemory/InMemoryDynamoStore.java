package io.tabletheory.inmemory;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.port.StreamStore;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.inmemory.internal.DefaultInMemoryDynamoStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An in-memory DynamoDB: a {@link DynamoStore} that keeps tables and items in the JVM and follows DynamoDB's
 * semantics and error messages, so code tested against it behaves the same against DynamoDB. It starts in
 * milliseconds, needs no network, Docker or native library, and is thread-safe; its configuration is fixed at
 * creation.
 *
 * <pre>{@code
 * InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();
 * dynamo.createTable(CreateTableRequest.builder("users").partitionKey("id", ScalarAttributeType.S).build());
 * dynamo.putItem(PutItemRequest.builder("users", Map.of("id", AttributeValue.ofString("u1"))).build());
 * }</pre>
 *
 * <p><b>Supported:</b> table administration (CreateTable, DescribeTable, DeleteTable, ListTables, time-to-live
 * settings), PutItem, GetItem and DeleteItem with {@code ConditionExpression}, {@code ProjectionExpression},
 * {@code ReturnValues} ({@code NONE}, {@code ALL_OLD}) and {@code ReturnValuesOnConditionCheckFailure}; Query (with
 * {@code KeyConditionExpression}, in sort-key order either way) and Scan (whole, or one segment of a parallel scan),
 * both with {@code FilterExpression}, {@code ProjectionExpression}, {@code Select}, {@code Limit}, the 1 MB page,
 * {@code ExclusiveStartKey} and {@code LastEvaluatedKey}; global and local secondary indexes, kept in step with every
 * write (sparse, with their KEYS_ONLY, INCLUDE or ALL projection, index key types and sizes checked on write) and
 * readable by Query and Scan. UpdateItem
 * with an {@code UpdateExpression} ({@code SET} with {@code +}, {@code -}, {@code list_append} and {@code
 * if_not_exists}; {@code REMOVE}; {@code ADD} to numbers and sets; {@code DELETE} from sets; nested paths and list
 * indexes), a {@code ConditionExpression}, every {@code ReturnValues} mode ({@code UPDATED_OLD}/{@code UPDATED_NEW}
 * return only the touched fragments, nested as DynamoDB nests them) and {@code ReturnValuesOnConditionCheckFailure};
 * it creates a missing item from its key and what SET and ADD produce, and creates nothing when it only REMOVEs or
 * DELETEs. Number arithmetic is exact decimal, checked against DynamoDB's 38 digits and range. BatchGetItem (up to
 * 100 keys across tables, each table with its own {@code ConsistentRead}, {@code ProjectionExpression} and names;
 * missing items left out, every table present in the responses; past 16 MB of items the remaining keys come back as
 * {@code UnprocessedKeys}) and BatchWriteItem (up to 25 puts and deletes across tables, every one validated before
 * any is applied, then each applied atomically on its own; {@code UnprocessedItems} is always empty); both refuse
 * duplicate keys within a table and report consumed capacity per table. TransactWriteItems (1 to 100
 * ConditionCheck, Put, Update and Delete actions across tables, applied all or none: every condition is evaluated and
 * a cancellation carries one {@link io.tabletheory.api.request.CancellationReason} per action in request order,
 * {@code ConditionalCheckFailed} with the stored item for ALL_OLD, or {@code ValidationError} for the first action
 * whose item is invalid; two actions on one item, expression errors, empty key values and requests over 4 MB are
 * refused as a whole; a {@code ClientRequestToken} makes a repeat within ten minutes, by the emulator's clock, return
 * without applying again, and its reuse with other actions an {@link
 * io.tabletheory.api.error.IdempotentParameterMismatchException}) and TransactGetItems (1 to 100 reads from one
 * snapshot, projected as GetItem projects, an empty slot for a missing item); transactional capacity is twice the
 * plain capacity.
 * Requests are validated as DynamoDB validates them, in DynamoDB's order (static checks
 * and expression parsing before the table lookup): table names, key shape, types and sizes, the 400 KB item size,
 * 32 nesting levels, expression syntax, reserved words, placeholders across all of a request's expressions, operand
 * types, key conditions, Select, Limit, Segment, ExclusiveStartKey, overlapping update paths, updates of key
 * attributes.
 *
 * <p><b>Streams:</b> a table created or updated with a {@link io.tabletheory.api.table.StreamSpecification} records
 * every write that changes data (each write of a batch or transaction, and the deletions of {@link
 * #sweepExpiredItems()}, with DynamoDB's service identity) in DynamoDB's record shape, in one shard per stream; the
 * store serves the {@link io.tabletheory.api.port.StreamStore} port (ListStreams, DescribeStream, GetShardIterator,
 * GetRecords) with 15-minute shard iterators and 24-hour retention on the emulator's clock, and {@link #subscribe}
 * hands a table's records to a test synchronously. Disabling a stream closes its shard (it stays readable, {@code
 * DISABLED}); enabling again starts a new stream with a new label. Each stream has one shard that never splits.
 *
 * <p><b>Errors:</b> {@link io.tabletheory.api.error.ValidationException} for a request DynamoDB rejects, {@link
 * io.tabletheory.api.error.ResourceNotFoundException} for a missing table, {@link
 * io.tabletheory.api.error.ResourceInUseException} for creating an existing table, {@link
 * io.tabletheory.api.request.ConditionFailedException} for a false condition, {@link
 * io.tabletheory.api.request.TransactionCanceledException} for a cancelled transaction; messages use DynamoDB's (AWS)
 * wording.
 *
 * <p>Transactions conflict as on DynamoDB: a TransactWriteItems claims its items while it runs, and another
 * TransactWriteItems or a TransactGetItems meeting one of them is cancelled with a {@code TransactionConflict}
 * reason, a PutItem, UpdateItem, DeleteItem or BatchWriteItem write of one fails with {@code
 * TransactionConflictException} (the batch's earlier writes stay applied); transactions that share no item run one
 * after another on the tables they share. This only happens under real concurrency.
 *
 * <p><b>Limits of this version:</b> a repeated {@code ClientRequestToken} returns the
 * first call's result (DynamoDB reports read capacity for the repeat); the 4 MB request limit is measured on item
 * sizes and expression lengths, close to but not exactly DynamoDB's measure. The batch operations never leave work unprocessed for throttling (they have no throughput limits), and
 * apply a batch's writes one after another, in request order. UpdateItem takes no legacy {@code AttributeUpdates} (the
 * port has none). When a request holds several errors of the same stage, the one reported follows DynamoDB Local's
 * choice where the real service's is not known. Tables are {@code ACTIVE} as soon as they are created;
 * an UpdateTable applies at once, but the table reports {@code UPDATING} (and a new global index {@code CREATING},
 * unreadable) until it is next described, so code that waits for {@code ACTIVE} runs its real path. Every read
 * is strongly consistent and indexes are updated synchronously with the write (DynamoDB's global indexes are
 * eventually consistent). The 1 MB page is counted with DynamoDB's item-size formula before the filter, on the
 * whole item for a table and on the index's projection for an index; DynamoDB's exact page boundaries may differ
 * slightly. Scan visits partitions in the order of a stable hash of the partition key, which is not DynamoDB's
 * order (DynamoDB leaves it unspecified). Expired items are deleted only by {@link #sweepExpiredItems()}; consumed
 * capacity follows DynamoDB's documented rules.
 *
 * <p>Reads never block writes and never see a half-applied write: each item a page returns is whole, as some write
 * left it, though a page (like DynamoDB's) may reflect different moments for different items.
 *
 * <p>Single-item writes are linearizable: of two conditional writes racing on one item, exactly one wins. Transactions
 * are serializable with each other and with single-item reads and writes: GetItem waits while a transaction is
 * applying writes to its table, so it never sees one item of a transaction changed and, afterwards, another not yet;
 * Query, Scan and BatchGetItem read each item whole but, as on DynamoDB, may see part of a transaction.
 */
public interface InMemoryDynamoStore extends DynamoStore, StreamStore {

    /**
     * Deletes the items whose time to live has passed, in every table with TTL enabled, and returns how many it
     * deleted. DynamoDB deletes expired items lazily, in the background, and until then they are still read; the
     * emulator deletes them only when a test calls this, at the emulator's clock's now, so tests decide when expiry
     * happens. An item expires when its TTL attribute is a number of epoch seconds at or before now and not more than
     * five years before it; other values never expire. Deleted items leave the indexes too.
     */
    long sweepExpiredItems();

    /**
     * Delivers the records of {@code tableName}'s stream to {@code subscriber}, synchronously, on the thread that
     * made the change, as soon as the operation that made it has applied it and released its locks, and before that
     * operation returns to its caller: so a test that writes and then asserts sees its handler's effects, with no
     * polling. Each call delivers, in sequence-number order, the records one operation left in the table's stream
     * (one for a PutItem, UpdateItem or DeleteItem; those of the table's writes of a BatchWriteItem or a
     * TransactWriteItems; the table's deletions of a {@link #sweepExpiredItems()}, which carry the service identity).
     *
     * <p>Only what the table's stream records is delivered: nothing while the table has no enabled stream (create or
     * update it with a {@link io.tabletheory.api.table.StreamSpecification}; the view type decides the images), and
     * nothing for a write that changes no data. The table need not exist yet when subscribing. The records are the
     * ones GetRecords returns. A subscriber may write to the emulator; the records of its writes are delivered when
     * its own write returns. An exception a subscriber throws reaches the caller of the write, after the other
     * subscribers had their records; the write itself stays applied. Writes made on several threads at once are each
     * delivered on their own thread, so one subscriber may be called concurrently.
     *
     * <pre>{@code
     * try (StreamSubscription subscription = dynamo.subscribe("orders", records -> handler.handle(records))) {
     *     dynamo.putItem(...);   // handler.handle has run when putItem returns
     * }
     * }</pre>
     *
     * @return the subscription; close it to stop the deliveries
     */
    StreamSubscription subscribe(String tableName, Consumer<List<StreamRecord>> subscriber);

    /**
     * Every stream the emulator keeps (enabled, or disabled less than 24 hours ago, and those since expired but not
     * yet dropped), with its records: for a data directory that keeps streams across restarts ({@code
     * tabletheory-server --data}). A stream's state is read at one moment; streams written meanwhile may differ in
     * moment from each other.
     */
    List<SavedStream> savedStreams();

    /**
     * Replaces every stream by {@code streams} (from {@link #savedStreams()} of an earlier run), after the tables and
     * items were loaded: each table named gets back the label of its newest saved stream (its {@code
     * LatestStreamArn}), and its enabled stream goes on numbering records after its last sequence number. Records
     * the loading itself produced are dropped. Not meant to run while the emulator serves writes.
     */
    void restoreStreams(List<SavedStream> streams);

    /** A new, empty emulator using the system clock (UTC). */
    static InMemoryDynamoStore create() {
        return create(Clock.systemUTC());
    }

    /**
     * A new, empty emulator reading time from {@code clock}, so that tests can control time-dependent behaviour
     * (time to live).
     */
    static InMemoryDynamoStore create(Clock clock) {
        return new DefaultInMemoryDynamoStore(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * A new, empty emulator reading time from {@code clock} that reports every change it applies to {@code
     * listener}, in an order that replays to the same state (see {@link ChangeListener}); for a journal that keeps
     * the emulator's data across restarts. A listener that throws refuses the change it was told about.
     */
    static InMemoryDynamoStore create(Clock clock, ChangeListener listener) {
        return new DefaultInMemoryDynamoStore(
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(listener, "listener"));
    }
}
