package io.tabletheory.examples.lambda;

/**
 * What {@link NotesHandler} is invoked with: {@code {"action": "create" | "get" | "update", "userId": ...,
 * "noteId": ..., "body": ...}}; a JavaBean, so Lambda's JSON serializer can fill it.
 */
public final class NoteRequest {
    private String action;
    private String userId;
    private String noteId;
    private String body;

    /** An empty request, for the serializer. */
    public NoteRequest() {}

    /** A request with every field. */
    public NoteRequest(String action, String userId, String noteId, String body) {
        this.action = action;
        this.userId = userId;
        this.noteId = noteId;
        this.body = body;
    }

    /** {@code create}, {@code get} or {@code update}. */
    public String getAction() {
        return action;
    }

    /** Sets the action. */
    public void setAction(String action) {
        this.action = action;
    }

    /** The note's owner (the partition key). */
    public String getUserId() {
        return userId;
    }

    /** Sets the owner. */
    public void setUserId(String userId) {
        this.userId = userId;
    }

    /** The note's id (the sort key). */
    public String getNoteId() {
        return noteId;
    }

    /** Sets the note's id. */
    public void setNoteId(String noteId) {
        this.noteId = noteId;
    }

    /** The text, for {@code create} and {@code update}. */
    public String getBody() {
        return body;
    }

    /** Sets the text. */
    public void setBody(String body) {
        this.body = body;
    }
}
