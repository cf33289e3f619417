package io.tabletheory.examples.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.tabletheory.Model;
import io.tabletheory.api.error.ItemNotFoundException;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.lambda.LambdaTableTheory;
import io.tabletheory.lambda.LambdaTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Lambda example: the seed's patterns in a handler. TableTheory is built once, in static initialization, with
 * the model registered there (a missing {@code NOTES_TABLE} fails the function's init, not a request); each
 * invocation takes a deadline-bound view; a create is conditional (a second create of the same note is refused, not
 * overwritten); an update is checked against the version the caller read; and when the invocation's time runs out
 * the handler still answers, in the buffer TableTheory kept back.
 *
 * <p>Lambda calls the no-argument constructor; tests pass their own {@link LambdaTableTheory} (the in-memory store
 * or tabletheory-server).
 */
public final class NotesHandler implements RequestHandler<NoteRequest, Map<String, Object>> {
    /** Lambda's instance, built when the runtime loads the handler (during the function's init phase). */
    private static final class Production {
        static final LambdaTableTheory DB = LambdaTableTheory.init(Note.class);
    }

    private final LambdaTableTheory db;

    /** The handler Lambda creates: the process-wide instance. */
    public NotesHandler() {
        this(Production.DB);
    }

    /** A handler over another instance (tests, local runs). */
    public NotesHandler(LambdaTableTheory db) {
        this.db = db;
    }

    @Override
    public Map<String, Object> handleRequest(NoteRequest request, Context context) {
        Model<Note> notes = db.withLambdaTimeout(context).model(Note.class);
        try {
            return switch (request.getAction()) {
                case "create" -> create(notes, request);
                case "get" -> found(notes.where("userId", "=", request.getUserId())
                        .where("noteId", "=", request.getNoteId())
                        .first());
                case "update" -> update(notes, request);
                default -> answer("bad-request", "action must be create, get or update; got " + request.getAction());
            };
        } catch (ItemNotFoundException missing) {
            return answer("not-found", missing.getMessage());
        } catch (LambdaTimeoutException late) {
            context.getLogger().log("out of time: " + late.getMessage());
            return answer("timeout", late.getMessage());
        }
    }

    private static Map<String, Object> create(Model<Note> notes, NoteRequest request) {
        try {
            Note stored = notes.ifNotExists()
                    .create(new Note(request.getUserId(), request.getNoteId(), request.getBody(), 0, null, null));
            return found(stored);
        } catch (ConditionFailedException exists) {
            return answer("exists", exists.getMessage());
        }
    }

    private static Map<String, Object> update(Model<Note> notes, NoteRequest request) {
        Note current = notes.where("userId", "=", request.getUserId())
                .where("noteId", "=", request.getNoteId())
                .first();
        Note changed = new Note(
                current.userId(),
                current.noteId(),
                request.getBody(),
                current.version(),
                current.createdAt(),
                current.updatedAt());
        return found(notes.update(changed, "body"));
    }

    private static Map<String, Object> found(Note note) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "ok");
        answer.put("userId", note.userId());
        answer.put("noteId", note.noteId());
        answer.put("body", note.body());
        answer.put("version", note.version());
        answer.put("updatedAt", note.updatedAt().toString());
        return answer;
    }

    private static Map<String, Object> answer(String status, String message) {
        return Map.of("status", status, "message", message);
    }
}
