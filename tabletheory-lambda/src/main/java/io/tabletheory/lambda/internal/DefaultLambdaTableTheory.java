package io.tabletheory.lambda.internal;

import com.amazonaws.services.lambda.runtime.Context;
import io.tabletheory.TableTheory;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.lambda.LambdaTableTheory;
import io.tabletheory.lambda.LambdaTimeoutConfig;
import io.tabletheory.lambda.MemoryStats;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The {@link LambdaTableTheory} implementation: the shared {@link LambdaState}, the {@link SnapStartResource} over
 * it, and the deadline configuration; per-invocation views are the state's {@link TableTheory} over an {@link
 * InvocationStore} with the invocation's {@link Deadline}. Copies made by {@link #withLambdaTimeoutConfig} share
 * everything but the configuration.
 */
public final class DefaultLambdaTableTheory implements LambdaTableTheory {
    private static final ProcessWide<LambdaTableTheory> PROCESS_WIDE = new ProcessWide<>();

    private final LambdaState state;
    private final SnapStartResource resource;
    private final LambdaTimeoutConfig timeoutConfig;

    private DefaultLambdaTableTheory(LambdaState state, SnapStartResource resource, LambdaTimeoutConfig config) {
        this.state = state;
        this.resource = resource;
        this.timeoutConfig = config;
    }

    /** The process-wide instance, built by {@code factory} on the first call ({@link ProcessWide}). */
    public static LambdaTableTheory processWide(Supplier<LambdaTableTheory> factory) {
        return PROCESS_WIDE.get(factory);
    }

    /**
     * Builds the backend (no network call) and the TableTheory, registers the models and the SnapStart resource;
     * the arguments are {@code LambdaTableTheory.Builder}'s settings, empty meaning the Lambda default.
     */
    public static LambdaTableTheory build(
            Function<String, String> environment,
            Optional<Region> region,
            Optional<AwsCredentialsProvider> credentials,
            Optional<URI> endpoint,
            Optional<SdkHttpClient.Builder<?>> httpClient,
            Optional<RetryStrategy> retryStrategy,
            Optional<DynamoStore> store,
            Consumer<TableTheory.Builder> tableTheory,
            LambdaTimeoutConfig timeoutConfig,
            boolean snapStart,
            List<Class<?>> models) {
        Backend backend = store.isPresent()
                ? callTimeout -> store.get()
                : new AwsBackend(
                        new LambdaClients(environment, region, credentials, endpoint, httpClient, retryStrategy));
        TableTheory.Builder builder = TableTheory.builder();
        tableTheory.accept(builder);
        TableTheory db = builder.environment(environment)
                .store(new InvocationStore(backend, Deadline.NONE))
                .build();
        LambdaState state = new LambdaState(db, backend, environment);
        state.register(models.toArray(Class<?>[]::new));
        SnapStartResource resource = new SnapStartResource(state);
        if (snapStart) {
            Core.getGlobalContext().register(resource);
        }
        return new DefaultLambdaTableTheory(state, resource, timeoutConfig);
    }

    @Override
    public LambdaTableTheory register(Class<?>... models) {
        state.register(models);
        return this;
    }

    @Override
    public TableTheory tableTheory() {
        return state.db();
    }

    @Override
    public TableTheory withLambdaTimeout(Context context) {
        return state.db().withStore(new InvocationStore(state.backend(), Deadline.of(context, timeoutConfig.buffer())));
    }

    @Override
    public LambdaTableTheory withLambdaTimeoutConfig(LambdaTimeoutConfig config) {
        return new DefaultLambdaTableTheory(state, resource, Objects.requireNonNull(config, "config"));
    }

    @Override
    public LambdaTimeoutConfig timeoutConfig() {
        return timeoutConfig;
    }

    @Override
    public MemoryStats memoryStats() {
        return state.memoryStats();
    }

    @Override
    public MemoryStats optimizeForMemory() {
        return state.optimizeForMemory();
    }

    @Override
    public Resource snapStartResource() {
        return resource;
    }

    /** The backend (for tests). */
    Backend backend() {
        return state.backend();
    }
}
