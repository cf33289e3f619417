package io.tabletheory.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hand-written Lambda {@link Context} for tests (no mocking library): an invocation whose deadline is a fixed
 * instant, so {@link #getRemainingTimeInMillis()} shrinks as real time passes, as Lambda's does. Its logger keeps
 * the lines logged. Shared with tabletheory-examples through this module's test jar.
 */
public final class TestContext implements Context {
    private final long deadlineNanos;
    private final String requestId;
    private final List<String> logged = new CopyOnWriteArrayList<>();

    private TestContext(Duration remaining, String requestId) {
        this.deadlineNanos = System.nanoTime() + remaining.toNanos();
        this.requestId = requestId;
    }

    /** An invocation with {@code remaining} time left from now. */
    public static TestContext withRemainingTime(Duration remaining) {
        return new TestContext(remaining, "test-request-1");
    }

    /** The lines the handler logged through {@link #getLogger()}. */
    public List<String> logged() {
        return List.copyOf(logged);
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/test-function";
    }

    @Override
    public String getLogStreamName() {
        return "2026/12/06/[$LATEST]test";
    }

    @Override
    public String getFunctionName() {
        return "test-function";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:test-function";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000L);
    }

    @Override
    public int getMemoryLimitInMB() {
        return 512;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                logged.add(message);
            }

            @Override
            public void log(byte[] message) {
                logged.add(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
