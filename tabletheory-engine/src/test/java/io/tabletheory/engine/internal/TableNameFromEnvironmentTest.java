package io.tabletheory.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.TableTheory;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.api.error.ModelException;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.engine.fixtures.RecordingStore;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code @Table(nameFromEnv)}: the table's name comes from an injected environment, checked at registration. */
class TableNameFromEnvironmentTest {
    @Table(nameFromEnv = "NOTES_TABLE")
    record Note(@PartitionKey String id, String body) {}

    @Table(value = "notes", nameFromEnv = "NOTES_TABLE")
    record Both(@PartitionKey String id) {}

    private final RecordingStore store = new RecordingStore();

    private TableTheory db(Map<String, String> environment) {
        return TableTheory.builder().store(store).environment(environment::get).build();
    }

    @Test
    void nameFromEnv_whenTheVariableIsSet_namesTheTableOfEveryRequest() {
        TableTheory db = db(Map.of("NOTES_TABLE", "notes-prod")).register(Note.class);

        db.model(Note.class).create(new Note("n1", "hello"));

        assertThat(db.model(Note.class).tableName()).isEqualTo("notes-prod");
        assertThat(store.last(PutItemRequest.class).tableName()).isEqualTo("notes-prod");
    }

    @Test
    void register_whenTheVariableIsMissing_failsNamingTheModelAndTheVariable() {
        TableTheory db = db(Map.of());

        assertThatThrownBy(() -> db.register(Note.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining(Note.class.getName())
                .hasMessageContaining("NOTES_TABLE is not set")
                .hasMessageContaining("set NOTES_TABLE to the table's name");
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void register_whenTheVariableIsEmpty_fails() {
        assertThatThrownBy(() -> db(Map.of("NOTES_TABLE", "")).register(Note.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("NOTES_TABLE is empty");
    }

    @Test
    void register_whenTheVariableHoldsAnInvalidName_failsSayingWhereTheNameCameFrom() {
        assertThatThrownBy(() -> db(Map.of("NOTES_TABLE", "no spaces")).register(Note.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("'no spaces' (from the environment variable NOTES_TABLE) is invalid");
    }

    @Test
    void register_whenBothANameAndAVariableAreGiven_failsAskingForOne() {
        assertThatThrownBy(() -> db(Map.of("NOTES_TABLE", "notes-prod")).register(Both.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("give one of them");
    }

    @Test
    void withStore_sharesTheRegisteredModelsAndCallsTheOtherStore() {
        TableTheory db = db(Map.of("NOTES_TABLE", "notes-prod")).register(Note.class);
        RecordingStore other = new RecordingStore();

        TableTheory view = db.withStore(other);
        view.model(Note.class).create(new Note("n1", "hello"));

        assertThat(view.store()).isSameAs(other);
        assertThat(view.clock()).isSameAs(db.clock());
        assertThat(other.last(PutItemRequest.class).tableName()).isEqualTo("notes-prod");
        assertThat(store.requests()).isEmpty();
        assertThat(db.store()).isSameAs(store);
    }
}
