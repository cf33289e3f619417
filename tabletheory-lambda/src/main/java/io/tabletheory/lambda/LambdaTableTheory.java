package io.tabletheory.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import io.tabletheory.TableTheory;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.lambda.internal.DefaultLambdaTableTheory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * TableTheory on AWS Lambda: built once per process in static initialization, shared by every invocation.
 *
 * <pre>{@code
 * public class NotesHandler implements RequestHandler<Note, Note> {
 *     static final LambdaTableTheory DB = LambdaTableTheory.init(Note.class);   // @Table(nameFromEnv = "TABLE_NAME")
 *
 *     public Note handleRequest(Note note, Context context) {
 *         return DB.withLambdaTimeout(context).model(Note.class).create(note);
 *     }
 * }
 * }</pre>
 *
 * <p>What it does for a function:
 *
 * <ul>
 *   <li><b>Initialise once</b>: {@link #init} and {@link #optimized} return one process-wide instance, built on the
 *       first call even when several threads make it at once; the models given are registered then, so a bad
 *       model or a missing {@code @Table(nameFromEnv)} variable fails the function's initialization, not its first
 *       request. If that first build fails, every later call fails with the same cause; it never returns null.
 *   <li><b>A client tuned for cold starts</b> ({@link Builder} says each default and how to change it): region from
 *       {@code AWS_REGION}; credentials from the environment (the keys Lambda sets, or its container credentials
 *       endpoint under SnapStart), never from profile files or instance metadata; the SDK's URL-connection HTTP
 *       client (measured fastest to first request, see BENCHMARKS.md); the standard retry mode (3 attempts, with its
 *       retry quota as a bounded budget); {@code AWS_ENDPOINT_URL_DYNAMODB} as an endpoint override for local runs.
 *   <li><b>Deadlines</b>: {@link #withLambdaTimeout} gives a per-invocation view whose calls stop before the
 *       invocation is killed.
 *   <li><b>Memory</b>: {@link #memoryStats} and {@link #optimizeForMemory}.
 *   <li><b>SnapStart</b>: a CRaC resource, registered when built, that primes the request path before the
 *       snapshot without touching the network and renews credentials and connections after each restore ({@link
 *       #snapStartResource}).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public interface LambdaTableTheory {
    /**
     * The process-wide instance with the defaults of {@link Builder} (read from the process environment), with
     * these models registered. Later calls return the same instance and register the models they name.
     *
     * @throws io.tabletheory.api.error.ModelException when a model is invalid or its table name's variable is missing
     * @throws IllegalStateException when the environment lacks what the client needs ({@code AWS_REGION},
     *     credentials), on this call and every later one, with the first failure as the cause
     */
    static LambdaTableTheory init(Class<?>... models) {
        return optimized().register(models);
    }

    /**
     * The process-wide instance, as {@link #init} builds it, without registering models.
     *
     * @throws IllegalStateException as for {@link #init}
     */
    static LambdaTableTheory optimized() {
        return DefaultLambdaTableTheory.processWide(() -> builder().build());
    }

    /** A builder for an instance of your own (tests, local runs, non-default settings); not the process-wide one. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Registers models now: validates them, builds their mapping and resolves their table names.
     *
     * @throws io.tabletheory.api.error.ModelException for the first invalid model, naming it
     * @return this instance
     */
    LambdaTableTheory register(Class<?>... models);

    /**
     * The shared {@link TableTheory}, with no deadline: for initialization (creating tables in a local run) and for
     * work outside an invocation. In a handler, use {@link #withLambdaTimeout}.
     */
    TableTheory tableTheory();

    /**
     * A view for one invocation: the same models and backend, but every call first checks the invocation's
     * remaining time ({@link Context#getRemainingTimeInMillis()}, read at each call). When no more than the buffer
     * remains the call fails with {@link LambdaTimeoutException} before anything is sent; otherwise the SDK call
     * carries an API-call timeout of the remaining time minus the buffer, retries included, and a call that runs
     * out of it fails with {@link LambdaTimeoutException} too. Cheap: make one per invocation.
     */
    TableTheory withLambdaTimeout(Context context);

    /** This instance with another deadline configuration (the default buffer is one second). */
    LambdaTableTheory withLambdaTimeoutConfig(LambdaTimeoutConfig config);

    /** The deadline configuration {@link #withLambdaTimeout} uses. */
    LambdaTimeoutConfig timeoutConfig();

    /** The process's memory now, against the function's configured memory. */
    MemoryStats memoryStats();

    /**
     * Gives back what initialization no longer needs: closes the priming client of {@link #snapStartResource} (if
     * it ran), then asks the JVM for a full collection, which leaves the heap holding live data only and lets it
     * return free heap regions to the operating system (G1 and Serial do after a full collection; the resident set
     * shrinks accordingly). Costs one full collection, tens of milliseconds on a Lambda-sized heap: call it at the
     * end of initialization (before a SnapStart snapshot it also makes the snapshot smaller; the SnapStart resource
     * calls it for you), never per invocation. Has no effect when the JVM runs with {@code
     * -XX:+DisableExplicitGC}.
     *
     * @return the memory after
     */
    MemoryStats optimizeForMemory();

    /**
     * The CRaC resource for SnapStart, registered with CRaC's global context when this instance was built (unless
     * {@link Builder#snapStart(boolean)} turned it off); on a JVM without CRaC it is never called. Before a
     * checkpoint it runs each registered model's read path and the SDK's GetItem, PutItem, Query and Scan paths
     * against an in-process HTTP client that answers as DynamoDB would (so class loading, static initialization and
     * the request pipeline are in the snapshot, and no network connection or credential is), then calls {@link
     * #optimizeForMemory}. After a restore it builds a new SDK client (a new HTTP client, so no connection is shared
     * between restored copies) with credentials read from the environment again.
     */
    org.crac.Resource snapStartResource();

    /**
     * Builds a {@link LambdaTableTheory}; every setting has a default fit for Lambda. Not thread-safe; the instance
     * it builds is.
     */
    final class Builder {
        private Function<String, String> environment = System::getenv;
        private Optional<Region> region = Optional.empty();
        private Optional<AwsCredentialsProvider> credentials = Optional.empty();
        private Optional<URI> endpoint = Optional.empty();
        private Optional<SdkHttpClient.Builder<?>> httpClient = Optional.empty();
        private Optional<RetryStrategy> retryStrategy = Optional.empty();
        private Optional<DynamoStore> store = Optional.empty();
        private Consumer<TableTheory.Builder> tableTheory = builder -> {};
        private LambdaTimeoutConfig timeoutConfig = LambdaTimeoutConfig.defaults();
        private boolean snapStart = true;
        private final List<Class<?>> models = new ArrayList<>();

        private Builder() {}

        /**
         * Where every variable below (and {@code @Table(nameFromEnv)}) is read: the process environment by default;
         * a map's {@code get} in tests.
         */
        public Builder environment(Function<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /** The region; {@code AWS_REGION} by default (Lambda always sets it). */
        public Builder region(Region region) {
            this.region = Optional.of(region);
            return this;
        }

        /**
         * The credentials; by default {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and {@code
         * AWS_SESSION_TOKEN} (read at each signing), or, when those are absent and {@code
         * AWS_CONTAINER_CREDENTIALS_FULL_URI} is set (Lambda does so under SnapStart), the SDK's container provider.
         * Never profile files, never instance metadata.
         */
        public Builder credentialsProvider(AwsCredentialsProvider credentials) {
            this.credentials = Optional.of(credentials);
            return this;
        }

        /**
         * An endpoint to call instead of DynamoDB's (tabletheory-server in a local run); by default {@code
         * AWS_ENDPOINT_URL_DYNAMODB}, else {@code AWS_ENDPOINT_URL}, else the region's DynamoDB endpoint.
         */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Optional.of(endpoint);
            return this;
        }

        /**
         * The HTTP client's builder; {@code UrlConnectionHttpClient.builder()} by default, the fastest to a first
         * request in BENCHMARKS.md ("Lambda cold start"). {@code AwsCrtHttpClient.builder()} (add {@code
         * software.amazon.awssdk:aws-crt-client}) is the documented alternative, measured beside it there. A builder,
         * not a client, so that a SnapStart restore can build a fresh one.
         */
        public Builder httpClient(SdkHttpClient.Builder<?> httpClient) {
            this.httpClient = Optional.of(httpClient);
            return this;
        }

        /**
         * The retry strategy; by default the SDK's standard mode with at most 3 attempts, whose retry quota (a token
         * bucket drained by retries, refilled by successes) bounds retries when DynamoDB is unhealthy.
         */
        public Builder retryStrategy(RetryStrategy retryStrategy) {
            this.retryStrategy = Optional.of(retryStrategy);
            return this;
        }

        /**
         * A backend to use instead of an SDK client ({@code InMemoryDynamoStore.create()} to test a handler); none
         * of the client settings above apply then, and nothing is primed at a SnapStart checkpoint but the models.
         */
        public Builder store(DynamoStore store) {
            this.store = Optional.of(store);
            return this;
        }

        /** Further settings of the {@link TableTheory} (clock, converters, retry policies). */
        public Builder tableTheory(Consumer<TableTheory.Builder> settings) {
            this.tableTheory = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The deadline configuration; {@link LambdaTimeoutConfig#defaults()} (one second) by default. */
        public Builder timeoutConfig(LambdaTimeoutConfig config) {
            this.timeoutConfig = Objects.requireNonNull(config, "config");
            return this;
        }

        /** Whether to register the SnapStart resource with CRaC's global context; {@code true} by default. */
        public Builder snapStart(boolean register) {
            this.snapStart = register;
            return this;
        }

        /** Models to register at {@link #build()}. */
        public Builder models(Class<?>... models) {
            this.models.addAll(List.of(models));
            return this;
        }

        /**
         * The instance: the SDK client is built (no network call is made) and the models registered.
         *
         * @throws IllegalStateException when the region or credentials are neither given nor in the environment,
         *     saying which variable to set
         * @throws io.tabletheory.api.error.ModelException when a model is invalid
         */
        public LambdaTableTheory build() {
            return DefaultLambdaTableTheory.build(
                    environment,
                    region,
                    credentials,
                    endpoint,
                    httpClient,
                    retryStrategy,
                    store,
                    tableTheory,
                    timeoutConfig,
                    snapStart,
                    List.copyOf(models));
        }
    }
}
