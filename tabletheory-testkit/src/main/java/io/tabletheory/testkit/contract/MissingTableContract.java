package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.tabletheory.api.error.BatchIncompleteException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.testkit.contract.models.Absent;
import io.tabletheory.testkit.contract.models.Account;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A table that does not exist, met by every kind of call the engine makes: TableTheory's {@link
 * ResourceNotFoundException} names the table (or the tables of a batch or a transaction), keeps DynamoDB's message
 * after it, and carries the backend's exception, with that message, as its cause. DynamoDB's own message for item
 * operations is only "Requested resource not found", which names nothing.
 */
public abstract class MissingTableContract extends ModelTablesContract {
    private static final String ABSENT = "tt-contract-absent";
    private static final String DYNAMODB_MESSAGE = "Requested resource not found";

    @Override
    protected List<Class<?>> models() {
        return List.of(Account.class);
    }

    @Test
    void singleWrites_nameTheMissingTable() {
        assertNamesTheMissingTable(() -> db().model(Absent.class).create(Absent.of("a1")));
        assertNamesTheMissingTable(() -> db().model(Absent.class).ifNotExists().create(Absent.of("a1")));
        assertNamesTheMissingTable(() -> db().model(Absent.class).createOrUpdate(Absent.of("a1")));
        assertNamesTheMissingTable(() -> db().model(Absent.class).update(Absent.of("a1"), "note"));
        assertNamesTheMissingTable(() -> db().model(Absent.class).delete(Absent.of("a1")));
    }

    @Test
    void reads_nameTheMissingTable() {
        assertNamesTheMissingTable(
                () -> db().model(Absent.class).where("id", "=", "a1").first());
        assertNamesTheMissingTable(
                () -> db().model(Absent.class).where("id", "=", "a1").all());
        assertNamesTheMissingTable(() -> db().model(Absent.class).scan());
        assertNamesTheMissingTable(() -> db().model(Absent.class).count());
    }

    @Test
    void batches_nameTheMissingTable_inTheirIncompleteBatch() {
        List<Throwable> failures = List.of(
                catchThrowable(() -> db().model(Absent.class).batchCreate(List.of(Absent.of("a1")))),
                catchThrowable(() -> db().model(Absent.class).batchGet(List.of(Absent.of("a1")))),
                catchThrowable(() -> db().model(Absent.class).batchDelete(List.of(Absent.of("a1")))));

        for (Throwable failure : failures) {
            assertThat(failure).isInstanceOf(BatchIncompleteException.class).hasMessageContaining(ABSENT);
            assertNamesTheMissingTable(failure.getCause());
        }
    }

    @Test
    void aBatchAcrossTables_namesEachTableItWrites() {
        Throwable failure = catchThrowable(() ->
                db().batchWrite(batch -> batch.put(Account.open("acc1", 10)).put(Absent.of("a1"))));

        assertThat(failure).isInstanceOf(BatchIncompleteException.class).hasMessageContaining(ABSENT);
        assertNamesTheTablesOf(failure.getCause());
    }

    @Test
    void transactions_nameTheirTables() {
        assertNamesTheTablesOf(catchThrowable(
                () -> db().transactWrite(tx -> tx.put(Account.open("acc1", 10)).put(Absent.of("a1")))));
        assertNamesTheTablesOf(catchThrowable(
                () -> db().transactGet(tx -> tx.get(Account.key("acc1")).get(Absent.of("a1")))));
        assertNamesTheMissingTable(() -> db().transactWrite(tx -> tx.put(Absent.of("a1"))));
    }

    @Test
    void deleteTable_namesTheMissingTable() {
        assertNamesTheMissingTable(() -> db().deleteTable(Absent.class));
    }

    private static void assertNamesTheMissingTable(ThrowingCallable call) {
        assertNamesTheMissingTable(catchThrowable(call));
    }

    /** A request to both tables, the accounts' (which exists) and the missing one: it names both. */
    private static void assertNamesTheTablesOf(Throwable failure) {
        assertThat(failure)
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("one of the tables [tt-contract-accounts, " + ABSENT + "] does not exist")
                .hasMessageContaining(": " + DYNAMODB_MESSAGE);
        assertThat(failure.getCause())
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith(DYNAMODB_MESSAGE);
    }

    private static void assertNamesTheMissingTable(Throwable failure) {
        assertThat(failure)
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("table " + ABSENT + " does not exist")
                .hasMessageContaining(": " + DYNAMODB_MESSAGE);
        assertThat(failure.getCause())
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith(DYNAMODB_MESSAGE);
    }
}
