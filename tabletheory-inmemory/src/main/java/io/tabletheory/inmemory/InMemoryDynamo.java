package io.tabletheory.inmemory;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.internal.DefaultInMemoryDynamo;
import java.time.Clock;
import java.util.Objects;

/**
 * An in-memory DynamoDB: a {@link DynamoStore} that keeps tables and items in the JVM and follows DynamoDB's
 * semantics and error messages, so code tested against it behaves the same against DynamoDB. It starts in
 * milliseconds, needs no network, Docker or native library, and is thread-safe; its configuration is fixed at
 * creation.
 *
 * <pre>{@code
 * InMemoryDynamo dynamo = InMemoryDynamo.create();
 * dynamo.createTable(CreateTableRequest.builder("users").partitionKey("id", ScalarAttributeType.S).build());
 * dynamo.putItem(PutItemRequest.builder("users", Map.of("id", AttributeValue.ofString("u1"))).build());
 * }</pre>
 *
 * <p><b>Supported:</b> table administration (CreateTable, DescribeTable, DeleteTable, ListTables, time-to-live
 * settings), PutItem, GetItem and DeleteItem with {@code ConditionExpression}, {@code ProjectionExpression},
 * {@code ReturnValues} ({@code NONE}, {@code ALL_OLD}) and {@code ReturnValuesOnConditionCheckFailure}. UpdateItem
 * with an {@code UpdateExpression} ({@code SET} with {@code +}, {@code -}, {@code list_append} and {@code
 * if_not_exists}; {@code REMOVE}; {@code ADD} to numbers and sets; {@code DELETE} from sets; nested paths and list
 * indexes), a {@code ConditionExpression}, every {@code ReturnValues} mode ({@code UPDATED_OLD}/{@code UPDATED_NEW}
 * return only the touched fragments, nested as DynamoDB nests them) and {@code ReturnValuesOnConditionCheckFailure};
 * it creates a missing item from its key and what SET and ADD produce, and creates nothing when it only REMOVEs or
 * DELETEs. Number arithmetic is exact decimal, checked against DynamoDB's 38 digits and range. Requests are
 * validated as DynamoDB validates them, in DynamoDB's order (static checks and expression parsing before the table
 * lookup): table names, key shape, types and sizes, the 400 KB item size (for UpdateItem, of the updated item), 32
 * nesting levels, expression syntax and the 4 KB expression limit, reserved words, placeholders (defined, and used by
 * one of the request's expressions), operand types, overlapping update paths, the 300-operator limit, updates of key
 * attributes.
 *
 * <p><b>Errors:</b> {@link io.tabletheory.api.error.ValidationException} for a request DynamoDB rejects, {@link
 * io.tabletheory.api.error.ResourceNotFoundException} for a missing table, {@link
 * io.tabletheory.api.error.ResourceInUseException} for creating an existing table, {@link
 * io.tabletheory.api.error.ConditionFailedException} for a false condition; messages use DynamoDB's (AWS) wording.
 *
 * <p><b>Limits of this version:</b> Query, Scan, the batch operations and transactions throw {@link
 * UnsupportedOperationException} naming the operation. UpdateItem takes no legacy {@code AttributeUpdates} (the
 * port has none). When a request holds several errors of the same stage, the one reported follows DynamoDB Local's
 * choice where the real service's is not known. Secondary indexes are accepted and described but not yet
 * maintained or readable; time to live is recorded but items do not expire yet; consumed capacity is never
 * reported. Tables are {@code ACTIVE} as soon as they are created.
 *
 * <p>Single-item writes are linearizable: of two conditional writes racing on one item, exactly one wins.
 */
public interface InMemoryDynamo extends DynamoStore {

    /** A new, empty emulator using the system clock (UTC). */
    static InMemoryDynamo create() {
        return create(Clock.systemUTC());
    }

    /**
     * A new, empty emulator reading time from {@code clock}, so that tests can control time-dependent behaviour
     * (time to live).
     */
    static InMemoryDynamo create(Clock clock) {
        return new DefaultInMemoryDynamo(Objects.requireNonNull(clock, "clock"));
    }
}
