package io.tabletheory.server.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends DynamoDB JSON 1.0 requests to a server with the JDK's HTTP client (HTTP/1.1, no SDK in between) and returns
 * what comes back as a {@link WireResponse}: the one place the wire tests build requests. Thread-safe.
 */
final class WireClient {
    /** The prefix of every DynamoDB operation in {@code X-Amz-Target}. */
    static final String TARGET_PREFIX = "DynamoDB_20120810.";

    static final String STREAMS_TARGET_PREFIX = "DynamoDBStreams_20120810.";

    private static final String JSON_1_0 = "application/x-amz-json-1.0";

    private final HttpClient http;
    private final URI endpoint;

    WireClient(URI endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** POSTs {@code json} to the operation named {@code operation} ({@code X-Amz-Target: DynamoDB_20120810.<op>}). */
    WireResponse post(String operation, String json) {
        return postTarget(TARGET_PREFIX + operation, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * POSTs {@code json} to {@code operation} with a SigV4 {@code Authorization} header whose credential scope names
     * {@code region} (the signature itself is made up: the server does not check it).
     */
    WireResponse postSigned(String operation, String json, String region) {
        return postTargetSigned(TARGET_PREFIX + operation, json, region);
    }

    /** POSTs {@code json} to the DynamoDB Streams operation {@code operation}, signed for {@code region}. */
    WireResponse postStreams(String operation, String json, String region) {
        return postTargetSigned(STREAMS_TARGET_PREFIX + operation, json, region);
    }

    private WireResponse postTargetSigned(String target, String json, String region) {
        HttpRequest request = request()
                .header("X-Amz-Target", target)
                .header(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261206/" + region + "/dynamodb/aws4_request,"
                                + " SignedHeaders=host;x-amz-date;x-amz-target, Signature=0123456789abcdef")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    /** POSTs {@code body} with {@code X-Amz-Target} set to {@code target} as given, or without it when null. */
    WireResponse postTarget(String target, byte[] body) {
        HttpRequest.Builder request = request().POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return send(request.build());
    }

    /** POSTs {@code body} with chunked transfer encoding (no Content-Length), as a streaming client does. */
    WireResponse postChunked(String operation, byte[] body) {
        HttpRequest request = request()
                .header("X-Amz-Target", TARGET_PREFIX + operation)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body)))
                .build();
        return send(request);
    }

    /** {@code GET /}: DynamoDB's health check. */
    WireResponse get() {
        return send(HttpRequest.newBuilder(endpoint).GET().build());
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(endpoint.resolve("/"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", JSON_1_0);
    }

    private WireResponse send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new WireResponse(
                    response.statusCode(), lowerCaseNames(response.headers().map()), response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException("request to " + endpoint + " failed", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + endpoint, interrupted);
        }
    }

    static Map<String, List<String>> lowerCaseNames(Map<String, List<String>> headers) {
        Map<String, List<String>> lowerCase = new LinkedHashMap<>();
        headers.forEach((name, values) -> lowerCase.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return lowerCase;
    }
}
