package io.tabletheory.lambda.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The HTTP client of the SnapStart priming client ({@link AwsBackend#prime}): it opens no connection and answers
 * every DynamoDB request in process with the smallest valid response of its operation (an empty GetItem, an empty
 * page for Query and Scan, {@code {}} otherwise), so the SDK's whole request and response pipeline runs (marshalling,
 * signing, interceptors, unmarshalling) and its classes are loaded and initialised before the snapshot.
 */
final class PrimingHttpClient implements SdkHttpClient {
    private static final String EMPTY_PAGE = "{\"Count\":0,\"Items\":[],\"ScannedCount\":0}";

    private final AtomicInteger answered;

    PrimingHttpClient(AtomicInteger answered) {
        this.answered = answered;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target =
                request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        byte[] body = answer(target.substring(target.lastIndexOf('.') + 1)).getBytes(StandardCharsets.UTF_8);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                answered.incrementAndGet();
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder()
                                .statusCode(200)
                                .putHeader("Content-Type", "application/x-amz-json-1.0")
                                .putHeader("Content-Length", Integer.toString(body.length))
                                .putHeader("x-amzn-RequestId", "tabletheory-priming")
                                .build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {}
        };
    }

    private static String answer(String operation) {
        return switch (operation) {
            case "Query", "Scan" -> EMPTY_PAGE;
            case "BatchGetItem" -> "{\"Responses\":{},\"UnprocessedKeys\":{}}";
            case "BatchWriteItem" -> "{\"UnprocessedItems\":{}}";
            default -> "{}";
        };
    }

    @Override
    public String clientName() {
        return "TableTheoryPriming";
    }

    @Override
    public void close() {}
}
