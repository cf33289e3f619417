package io.tabletheory.engine.internal.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tabletheory.TableTheory;
import io.tabletheory.api.error.BatchIncompleteException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.engine.fixtures.Account;
import io.tabletheory.engine.fixtures.RecordingStore;
import io.tabletheory.engine.fixtures.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A missing table is named in TableTheory's exception, on every path, keeping DynamoDB's message. */
class MissingTablesTest {
    private final RecordingStore store =
            new RecordingStore().failWith(new ResourceNotFoundException("Requested resource not found"));
    private final TableTheory db = TableTheory.builder().store(store).build();

    @Test
    void singleWritesAndReads_nameTheTable() {
        ResourceNotFoundException write = catchThrowableOfType(
                ResourceNotFoundException.class, () -> db.model(User.class).create(User.of("u1", null)));
        ResourceNotFoundException read = catchThrowableOfType(
                ResourceNotFoundException.class,
                () -> db.model(User.class).where("email", "=", "a@example.com").all());

        assertThat(write)
                .hasMessage("table users does not exist on this store, or is not ACTIVE yet (create it with"
                        + " db.createTable(Model.class), or check the table name, region and endpoint): Requested"
                        + " resource not found")
                .hasCauseInstanceOf(ResourceNotFoundException.class);
        assertThat(read).hasMessageStartingWith("table users does not exist");
    }

    @Test
    void transactionsAndBatches_nameTheirTables() {
        ResourceNotFoundException transaction = catchThrowableOfType(
                ResourceNotFoundException.class,
                () -> db.transactWrite(tx -> tx.put(User.of("u1", null)).put(new Account("a1", null))));
        BatchIncompleteException batch = catchThrowableOfType(
                BatchIncompleteException.class, () -> db.model(User.class).batchCreate(List.of(User.of("u1", null))));

        assertThat(transaction).hasMessageStartingWith("one of the tables [users, Accounts] does not exist");
        assertThat(batch.getCause()).hasMessageStartingWith("table users does not exist");
    }
}
