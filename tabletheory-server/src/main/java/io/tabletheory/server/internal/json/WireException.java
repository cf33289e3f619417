package io.tabletheory.server.internal.json;

/**
 * A request the server refuses before it reaches the store, with the HTTP status, the error type DynamoDB sends in
 * {@code __type} and the message: malformed JSON and wrong member types ({@code SerializationException}), an unknown
 * {@code X-Amz-Target} ({@code UnknownOperationException}), an oversized body. It lives with the JSON codec, the
 * server's lowest package, which throws most of them; the protocol handler throws the others and renders them all.
 */
public final class WireException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The {@code __type} prefix of the errors of DynamoDB's request layer (Coral). */
    public static final String CORAL_SERVICE = "com.amazon.coral.service#";

    private final int status;
    private final String errorType;

    private WireException(int status, String errorType, String message) {
        super(message);
        this.status = status;
        this.errorType = errorType;
    }

    /** A body that is not JSON, or a member of the wrong JSON type: HTTP 400, as DynamoDB answers it. */
    public static WireException serialization(String message) {
        return new WireException(400, CORAL_SERVICE + "SerializationException", message);
    }

    /** A missing or unknown {@code X-Amz-Target}: HTTP 400, as DynamoDB answers it. */
    public static WireException unknownOperation(String message) {
        return new WireException(400, CORAL_SERVICE + "UnknownOperationException", message);
    }

    /** A request body over the server's limit: HTTP 413. */
    public static WireException tooLarge(String message) {
        return new WireException(413, CORAL_SERVICE + "RequestEntityTooLargeException", message);
    }

    /** The HTTP status of the response. */
    public int status() {
        return status;
    }

    /** The full {@code __type} of the error body. */
    public String errorType() {
        return errorType;
    }
}
