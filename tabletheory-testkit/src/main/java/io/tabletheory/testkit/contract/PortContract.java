package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TableStatus;
import io.tabletheory.api.value.AttributeValue;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The base of every port contract class: the two hooks a backend's test supplies ({@link #store()} and {@link
 * #backend()}), and the helpers the contracts share: unique table names, standard tables, item builders, and the
 * error assertions that compare an error's exact type and its {@link DynamoErrors#normalise normalised} message
 * with DynamoDB's.
 *
 * <p>Every test creates its own tables under a fresh name, so a backend shared between test classes (one server per
 * JVM) never sees two tests collide.
 */
public abstract class PortContract {
    /** The partition key attribute of the standard tables. */
    protected static final String PK = "pk";

    /** The sort key attribute of the standard hash+range table. */
    protected static final String SK = "sk";

    private static final Duration CONTROL_PLANE_WAIT = Duration.ofMinutes(2);

    /** The backend under test; the contract only calls its port methods. */
    protected abstract DynamoStore store();

    /** Which backend {@link #store()} is, named in assertion messages. */
    protected abstract Backend backend();

    /** A table name no other test uses: {@code tt-<purpose>-<random>}. */
    protected static String uniqueTableName(String purpose) {
        return "tt-" + purpose + "-"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Creates an on-demand table keyed by {@code pk} (S) only, waits until it is ACTIVE, and returns its name. */
    protected final String createHashTable(String purpose) {
        String name = uniqueTableName(purpose);
        store().createTable(CreateTableRequest.builder(name)
                .partitionKey(PK, ScalarAttributeType.S)
                .build());
        awaitActive(name);
        return name;
    }

    /** Creates an on-demand table keyed by {@code pk} (S) and {@code sk} (N), waits until ACTIVE, returns its name. */
    protected final String createHashRangeTable(String purpose) {
        String name = uniqueTableName(purpose);
        store().createTable(CreateTableRequest.builder(name)
                .partitionKey(PK, ScalarAttributeType.S)
                .sortKey(SK, ScalarAttributeType.N)
                .build());
        awaitActive(name);
        return name;
    }

    /** Waits (on DynamoDB itself; at once elsewhere) until the table is ACTIVE, and returns its description. */
    protected final TableDescription awaitActive(String tableName) {
        return awaitDescription(tableName, description -> description.tableStatus() == TableStatus.ACTIVE);
    }

    /**
     * Describes the table until {@code done} holds of its description (on DynamoDB itself this can take minutes; at
     * once elsewhere), and returns the last description.
     */
    protected final TableDescription awaitDescription(String tableName, Predicate<TableDescription> done) {
        Instant deadline = Instant.now().plus(CONTROL_PLANE_WAIT);
        while (true) {
            TableDescription description = store().describeTable(tableName);
            if (done.test(description) || Instant.now().isAfter(deadline)) {
                return description;
            }
            pause();
        }
    }

    /** Waits (on DynamoDB itself; at once elsewhere) until describing the table fails with ResourceNotFound. */
    protected final Throwable awaitDeleted(String tableName) {
        Instant deadline = Instant.now().plus(CONTROL_PLANE_WAIT);
        while (true) {
            Throwable thrown = catchThrowable(() -> store().describeTable(tableName));
            if (thrown instanceof ResourceNotFoundException || Instant.now().isAfter(deadline)) {
                return thrown;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the control plane", interrupted);
        }
    }

    // ----- items -----

    /** An item (or key, or value map) from alternating names and values, in that order. */
    protected static Map<String, AttributeValue> item(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate");
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            item.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
        }
        return item;
    }

    /** {@code S}. */
    protected static AttributeValue s(String value) {
        return AttributeValue.ofString(value);
    }

    /** {@code N}. */
    protected static AttributeValue n(String value) {
        return AttributeValue.ofNumber(value);
    }

    /** Writes an item without a condition. */
    protected final void put(String table, Map<String, AttributeValue> item) {
        store().putItem(PutItemRequest.builder(table, item).build());
    }

    /** Reads an item by key with a strongly consistent read. */
    protected final Optional<Map<String, AttributeValue>> get(String table, Map<String, AttributeValue> key) {
        return store().getItem(
                        GetItemRequest.builder(table, key).consistentRead(true).build())
                .item();
    }

    /**
     * Whether {@code condition} holds for the stored {@code item}: the item is written again under the condition,
     * which leaves it unchanged either way.
     */
    protected final boolean holdsOnStoredItem(
            String table, Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        try {
            store().putItem(PutItemRequest.builder(table, item)
                    .conditionExpression(condition)
                    .expressionAttributeValues(values)
                    .build());
            return true;
        } catch (ConditionFailedException failed) {
            return false;
        }
    }

    /**
     * Whether {@code condition} holds for an item that does not exist: a conditional delete of the missing key,
     * which leaves the table unchanged either way.
     */
    protected final boolean holdsOnMissingItem(
            String table, Map<String, AttributeValue> key, String condition, Map<String, AttributeValue> values) {
        try {
            store().deleteItem(DeleteItemRequest.builder(table, key)
                    .conditionExpression(condition)
                    .expressionAttributeValues(values)
                    .build());
            return true;
        } catch (ConditionFailedException failed) {
            return false;
        }
    }

    // ----- errors -----

    /** Asserts that {@code call} fails with exactly a {@link ValidationException} with DynamoDB's message. */
    protected final ValidationException assertValidationError(ThrowingCallable call, String awsMessage) {
        return assertError(ValidationException.class, call, awsMessage);
    }

    /**
     * Asserts that {@code call} fails with exactly {@code type} (not a subclass) and DynamoDB's message {@code
     * awsMessage}, compared after {@link DynamoErrors#normalise}.
     */
    protected final <T extends Throwable> T assertError(Class<T> type, ThrowingCallable call, String awsMessage) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown)
                .as("expected %s with DynamoDB's message \"%s\"", type.getSimpleName(), awsMessage)
                .isNotNull();
        assertThat(thrown.getClass()).as("error type of %s", thrown).isEqualTo(type);
        String actual = thrown.getMessage();
        if (!DynamoErrors.sameMessage(awsMessage, actual)) {
            assertThat(DynamoErrors.normalise(actual))
                    .as("normalised message of %s on %s", type.getSimpleName(), backend())
                    .isEqualTo(DynamoErrors.normalise(awsMessage));
        }
        return type.cast(thrown);
    }
}
