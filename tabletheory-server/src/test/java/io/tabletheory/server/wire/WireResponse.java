package io.tabletheory.server.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP answer as a DynamoDB client receives it: status, headers (names in lower case) and body bytes, with the
 * body read as JSON on demand, and the assertions the wire tests share: an error's exact status, {@code __type} and
 * message, and a body equal to an expected JSON text.
 */
record WireResponse(int status, Map<String, List<String>> headers, byte[] body) {
    /** {@code __type} of the request layer's malformed-body and wrong-member-type error. */
    static final String SERIALIZATION = "com.amazon.coral.service#SerializationException";

    /** {@code __type} of a missing, unknown or unsupported operation. */
    static final String UNKNOWN_OPERATION = "com.amazon.coral.service#UnknownOperationException";

    /** {@code __type} of a body over the server's limit. */
    static final String TOO_LARGE = "com.amazon.coral.service#RequestEntityTooLargeException";

    /** {@code __type} of DynamoDB's ValidationException. */
    static final String VALIDATION = "com.amazon.coral.validate#ValidationException";

    /** The prefix of DynamoDB's own error types. */
    static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";

    WireResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** The first value of a header, by case-insensitive name. */
    Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body as UTF-8 text. */
    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as a JSON object. */
    @SuppressWarnings("unchecked")
    Map<String, Object> json() {
        Object tree = WireJson.parse(body);
        assertThat(tree).as("response body %s", text()).isInstanceOf(Map.class);
        return (Map<String, Object>) tree;
    }

    /** The member at {@code path} (member names, and list indexes as numbers), or null when absent. */
    @SuppressWarnings("unchecked")
    Object member(Object... path) {
        Object current = json();
        for (Object step : path) {
            if (current instanceof Map && step instanceof String) {
                current = ((Map<String, Object>) current).get(step);
            } else if (current instanceof List && step instanceof Integer) {
                current = ((List<Object>) current).get((Integer) step);
            } else {
                return null;
            }
        }
        return current;
    }

    /** The error message: DynamoDB writes {@code message} for its own errors and {@code Message} for Coral's. */
    String message() {
        Map<String, Object> json = json();
        return (String) (json.containsKey("message") ? json.get("message") : json.get("Message"));
    }

    /** Asserts a successful answer whose body equals {@code expectedJson} (member order aside). */
    WireResponse assertOk(String expectedJson) {
        assertThat(status).as("status of %s", text()).isEqualTo(200);
        assertThat(json()).as("body").isEqualTo(WireJson.parse(expectedJson));
        return this;
    }

    /** Asserts a successful answer, whatever its body. */
    WireResponse assertOk() {
        assertThat(status).as("status of %s", text()).isEqualTo(200);
        return this;
    }

    /** Asserts an error answer with exactly this status, {@code __type} and message, and no other member. */
    WireResponse assertError(int expectedStatus, String expectedType, String expectedMessage) {
        assertThat(status).as("status of %s", text()).isEqualTo(expectedStatus);
        Map<String, Object> json = json();
        assertThat(json.get("__type")).as("__type of %s", text()).isEqualTo(expectedType);
        assertThat(message()).as("message of %s", text()).isEqualTo(expectedMessage);
        assertThat(json).as("members of %s", text()).hasSize(2);
        return this;
    }
}
