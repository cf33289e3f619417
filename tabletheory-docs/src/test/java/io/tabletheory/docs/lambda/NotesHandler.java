package io.tabletheory.docs.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.tabletheory.lambda.LambdaTableTheory;

/** The README's Lambda handler ("Lambda"): it creates the note it is given, once. */
// tag::lambda-handler[]
public class NotesHandler implements RequestHandler<Note, Note> {
    static final LambdaTableTheory DB = LambdaTableTheory.init(Note.class);   // once per process, at init

    public Note handleRequest(Note note, Context context) {
        return DB.withLambdaTimeout(context).model(Note.class).ifNotExists().create(note);
    }
}
// end::lambda-handler[]
