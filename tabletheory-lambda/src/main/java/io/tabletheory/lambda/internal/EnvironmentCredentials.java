package io.tabletheory.lambda.internal;

import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The Lambda client's default credentials when the environment carries keys: {@code AWS_ACCESS_KEY_ID}, {@code
 * AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN}, read from the (injectable) environment at each signing, so
 * nothing is cached that a restored snapshot could share. Chosen by {@link LambdaClients}.
 */
final class EnvironmentCredentials implements AwsCredentialsProvider {
    static final String ACCESS_KEY = "AWS_ACCESS_KEY_ID";
    static final String SECRET_KEY = "AWS_SECRET_ACCESS_KEY";
    static final String SESSION_TOKEN = "AWS_SESSION_TOKEN";

    private final Function<String, String> environment;

    EnvironmentCredentials(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        String accessKey = environment.apply(ACCESS_KEY);
        String secretKey = environment.apply(SECRET_KEY);
        if (isEmpty(accessKey) || isEmpty(secretKey)) {
            throw SdkClientException.create("no AWS credentials in the environment: " + ACCESS_KEY + " and "
                    + SECRET_KEY + " must both be set (Lambda sets them)");
        }
        String sessionToken = environment.apply(SESSION_TOKEN);
        return isEmpty(sessionToken)
                ? AwsBasicCredentials.create(accessKey, secretKey)
                : AwsSessionCredentials.create(accessKey, secretKey, sessionToken);
    }

    static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    @Override
    public String toString() {
        return "EnvironmentCredentials";
    }
}
