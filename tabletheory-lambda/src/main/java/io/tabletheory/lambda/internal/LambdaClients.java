package io.tabletheory.lambda.internal;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the SDK clients of {@link AwsBackend} from {@code LambdaTableTheory.Builder}'s client settings (empty
 * meaning the default), resolving each default: region from {@code AWS_REGION}, credentials from the environment, the URL-connection
 * HTTP client, the standard retry mode with 3 attempts, the endpoint from {@code AWS_ENDPOINT_URL_DYNAMODB} or
 * {@code AWS_ENDPOINT_URL}. Every client gets an empty profile file, so building one reads no file under {@code
 * ~/.aws} (the SDK would otherwise look there for defaults), and no setting falls back to instance metadata.
 */
final class LambdaClients {
    static final String REGION = "AWS_REGION";
    static final String CONTAINER_CREDENTIALS = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
    static final String DYNAMODB_ENDPOINT = "AWS_ENDPOINT_URL_DYNAMODB";
    static final String ENDPOINT = "AWS_ENDPOINT_URL";
    private static final int MAX_ATTEMPTS = 3;

    private final Function<String, String> environment;
    private final Optional<AwsCredentialsProvider> givenCredentials;
    private final Region region;
    private final Optional<URI> endpoint;
    private final SdkHttpClient.Builder<?> httpClient;
    private final RetryStrategy retryStrategy;

    /**
     * Resolves the settings; fails now, not at the first request, when the region or credentials cannot be had.
     *
     * @throws IllegalStateException naming the variable to set
     */
    LambdaClients(
            Function<String, String> environment,
            Optional<Region> region,
            Optional<AwsCredentialsProvider> credentials,
            Optional<URI> endpoint,
            Optional<SdkHttpClient.Builder<?>> httpClient,
            Optional<RetryStrategy> retryStrategy) {
        this.environment = environment;
        this.givenCredentials = credentials;
        this.region = region.orElseGet(() -> Region.of(required(REGION, "the region", ".region(...)")));
        this.endpoint = endpoint.or(() -> variable(DYNAMODB_ENDPOINT).map(value -> endpoint(DYNAMODB_ENDPOINT, value)))
                .or(() -> variable(ENDPOINT).map(value -> endpoint(ENDPOINT, value)));
        this.httpClient = httpClient.isPresent() ? httpClient.get() : urlConnectionClient();
        this.retryStrategy = retryStrategy.orElseGet(() -> AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(MAX_ATTEMPTS)
                .build());
        credentials(); // fail at init when there are none
    }

    /** A new client: a new HTTP client from the builder and credentials chosen from the environment as it is now. */
    DynamoDbClient client() {
        return base(credentials()).httpClientBuilder(httpClient).build();
    }

    /**
     * A client with the same settings whose HTTP client is {@code http} (the priming client: no network) and whose
     * credentials are fixed dummy keys (no credential is looked up or put into a snapshot).
     */
    DynamoDbClient primingClient(SdkHttpClient http) {
        return base(StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")))
                .httpClient(http)
                .build();
    }

    /** The credentials provider a client built now gets. */
    AwsCredentialsProvider credentials() {
        if (givenCredentials.isPresent()) {
            return givenCredentials.get();
        }
        if (variable(EnvironmentCredentials.ACCESS_KEY).isPresent()) {
            return new EnvironmentCredentials(environment);
        }
        if (variable(CONTAINER_CREDENTIALS).isPresent()) {
            return ContainerCredentialsProvider.builder().build();
        }
        throw new IllegalStateException("LambdaTableTheory: no AWS credentials in the environment: set "
                + EnvironmentCredentials.ACCESS_KEY + " and " + EnvironmentCredentials.SECRET_KEY
                + " (Lambda sets them,"
                + " or " + CONTAINER_CREDENTIALS + " under SnapStart), or give LambdaTableTheory.builder()"
                + ".credentialsProvider(...)");
    }

    private DynamoDbClientBuilder base(AwsCredentialsProvider credentials) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .overrideConfiguration(configuration -> configuration
                        .retryStrategy(retryStrategy)
                        .defaultProfileFile(emptyProfileFile())
                        .defaultProfileName("default"));
        endpoint.ifPresent(builder::endpointOverride);
        return builder;
    }

    /**
     * The default HTTP client's builder, in a method of its own so that the class is resolved only when it is the
     * one used: a function that gives another client may leave url-connection-client off its class path.
     */
    private static SdkHttpClient.Builder<?> urlConnectionClient() {
        return UrlConnectionHttpClient.builder();
    }

    private static ProfileFile emptyProfileFile() {
        return ProfileFile.builder()
                .content("")
                .type(ProfileFile.Type.CONFIGURATION)
                .build();
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(environment.apply(name)).filter(value -> !value.isEmpty());
    }

    private String required(String name, String what, String builderMethod) {
        return variable(name)
                .orElseThrow(() -> new IllegalStateException("LambdaTableTheory: " + name + " is not set, so "
                        + what + " is unknown: Lambda sets it; for a local run set " + name + " or give"
                        + " LambdaTableTheory.builder()" + builderMethod));
    }

    private static URI endpoint(String variable, String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "LambdaTableTheory: " + variable + " ('" + value + "') is not a URI: " + e.getMessage(), e);
        }
    }
}
