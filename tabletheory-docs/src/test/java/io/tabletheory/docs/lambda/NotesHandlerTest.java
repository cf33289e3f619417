package io.tabletheory.docs.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.docs.LocalEndpoint;
import io.tabletheory.lambda.TestContext;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Lambda": the handler as the README shows it, initialised from the environment (region, credentials and
 * TABLE_NAME from surefire's environment, the endpoint tabletheory-server) and invoked as Lambda would.
 */
class NotesHandlerTest {

    @BeforeAll
    static void createTheTable() {
        LocalEndpoint.use();
        NotesHandler.DB.tableTheory().createTable(Note.class);
    }

    @Test
    void handler_createsTheNoteOnce_inTheTableTheEnvironmentNames() {
        NotesHandler handler = new NotesHandler();
        Note note = new Note("u1", "n1", "first", 0, null, null);

        Note created = handler.handleRequest(note, TestContext.withRemainingTime(Duration.ofSeconds(30)));

        assertThat(created.version()).isZero();
        assertThat(created.createdAt()).isNotNull();
        assertThat(NotesHandler.DB.tableTheory().model(Note.class).tableName()).isEqualTo("readme-notes");
        assertThatThrownBy(() -> handler.handleRequest(note, TestContext.withRemainingTime(Duration.ofSeconds(30))))
                .isInstanceOf(ConditionFailedException.class);
    }
}
