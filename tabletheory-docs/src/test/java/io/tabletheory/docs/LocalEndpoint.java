package io.tabletheory.docs;

import io.tabletheory.integration.ServedEmulator;
import java.net.URI;

/**
 * Points the AWS SDK's default endpoint at tabletheory-server (ServedEmulator) for this test JVM, so the README's
 * production snippets ({@code DynamoDbClient.create()}, {@code LambdaTableTheory.init}) run unchanged against a
 * local endpoint: the SDK reads the {@code aws.endpointUrl} system property when it builds a client; region and
 * credentials come from the environment surefire gives (see this module's pom). Call it before the first client is
 * built.
 */
public final class LocalEndpoint {
    private LocalEndpoint() {}

    /** The endpoint, after setting it as the SDK's default. */
    public static synchronized URI use() {
        URI endpoint = ServedEmulator.endpoint();
        System.setProperty("aws.endpointUrl", endpoint.toString());
        return endpoint;
    }
}
