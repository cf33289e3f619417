package io.tabletheory.examples.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.integration.ServedEmulator;
import io.tabletheory.lambda.LambdaTableTheory;
import io.tabletheory.lambda.TestContext;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The example handler, invoked as Lambda would with a hand-written {@link TestContext}: on the in-memory store, and
 * against tabletheory-server through the SDK client {@code LambdaTableTheory} builds from the environment.
 */
class NotesHandlerTest {
    private static final Duration PLENTY = Duration.ofSeconds(30);

    private static NotesHandler inMemory() {
        LambdaTableTheory db = LambdaTableTheory.builder()
                .environment(Map.of("NOTES_TABLE", "notes-test")::get)
                .store(InMemoryDynamoStore.create())
                .snapStart(false)
                .models(Note.class)
                .build();
        db.tableTheory().createTable(Note.class);
        return new NotesHandler(db);
    }

    private static NotesHandler overHttp() {
        Function<String, String> environment = Map.of(
                "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "local",
                "AWS_SECRET_ACCESS_KEY", "local",
                "AWS_ENDPOINT_URL_DYNAMODB", ServedEmulator.endpoint().toString(),
                "NOTES_TABLE", "notes-" + System.nanoTime())::get;
        LambdaTableTheory db = LambdaTableTheory.builder()
                .environment(environment)
                .snapStart(false)
                .models(Note.class)
                .build();
        db.tableTheory().createTable(Note.class);
        return new NotesHandler(db);
    }

    @Test
    void onTheInMemoryStore_createGetUpdateAndARefusedSecondCreate() {
        walkThrough(inMemory());
    }

    @Test
    void againstTableTheoryServer_theSameWalkThroughOverHttp() {
        walkThrough(overHttp());
    }

    private static void walkThrough(NotesHandler handler) {
        Map<String, Object> created = handler.handleRequest(
                new NoteRequest("create", "u1", "n1", "first"), TestContext.withRemainingTime(PLENTY));
        Map<String, Object> again = handler.handleRequest(
                new NoteRequest("create", "u1", "n1", "second"), TestContext.withRemainingTime(PLENTY));
        Map<String, Object> updated = handler.handleRequest(
                new NoteRequest("update", "u1", "n1", "edited"), TestContext.withRemainingTime(PLENTY));
        Map<String, Object> read =
                handler.handleRequest(new NoteRequest("get", "u1", "n1", null), TestContext.withRemainingTime(PLENTY));
        Map<String, Object> missing =
                handler.handleRequest(new NoteRequest("get", "u1", "n2", null), TestContext.withRemainingTime(PLENTY));

        assertThat(created)
                .containsEntry("status", "ok")
                .containsEntry("body", "first")
                .containsEntry("version", 0L);
        assertThat(again).containsEntry("status", "exists");
        assertThat(updated).containsEntry("status", "ok").containsEntry("version", 1L);
        assertThat(read).containsEntry("body", "edited").containsEntry("version", 1L);
        assertThat(missing).containsEntry("status", "not-found");
    }

    @Test
    void withLittleTimeLeft_answersTimeoutInTheBuffer_andWritesNothing() {
        NotesHandler handler = inMemory();
        TestContext late = TestContext.withRemainingTime(Duration.ofMillis(500));

        Map<String, Object> answer = handler.handleRequest(new NoteRequest("create", "u1", "n1", "late"), late);

        assertThat(answer).containsEntry("status", "timeout");
        assertThat((String) answer.get("message")).contains("PutItem was not sent");
        assertThat(late.logged()).singleElement().asString().startsWith("out of time: ");
        assertThat(handler.handleRequest(
                        new NoteRequest("get", "u1", "n1", null), TestContext.withRemainingTime(PLENTY)))
                .containsEntry("status", "not-found");
    }

    @Test
    void anUnknownAction_isABadRequest() {
        assertThat(inMemory()
                        .handleRequest(
                                new NoteRequest("drop", "u1", "n1", null), TestContext.withRemainingTime(PLENTY)))
                .containsEntry("status", "bad-request");
    }
}
