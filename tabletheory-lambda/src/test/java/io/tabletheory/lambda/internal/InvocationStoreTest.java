package io.tabletheory.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.lambda.LambdaTimeoutException;
import io.tabletheory.lambda.TestContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every port call of a per-invocation store checks the deadline first and carries what remains as its timeout. */
class InvocationStoreTest {
    /** A backend that records the timeouts it was asked for and answers with the emulator. */
    private static final class RecordingBackend implements Backend {
        final List<Optional<Duration>> timeouts = new ArrayList<>();
        final DynamoStore store = InMemoryDynamoStore.create();

        @Override
        public DynamoStore store(Optional<Duration> callTimeout) {
            timeouts.add(callTimeout);
            return store;
        }
    }

    private final RecordingBackend backend = new RecordingBackend();

    @Test
    void everyPortMethodIsOverridden_soNoneCanBypassTheDeadline() throws NoSuchMethodException {
        for (Method method : DynamoStore.class.getMethods()) {
            assertThat(InvocationStore.class
                            .getDeclaredMethod(method.getName(), method.getParameterTypes())
                            .getDeclaringClass())
                    .as(method.getName())
                    .isEqualTo(InvocationStore.class);
        }
    }

    @Test
    void everyPortMethod_whenTheTimeIsSpent_failsWithoutAskingTheBackend() throws Exception {
        InvocationStore store = new InvocationStore(
                backend, Deadline.of(TestContext.withRemainingTime(Duration.ofMillis(999)), Duration.ofSeconds(1)));

        for (Method method : DynamoStore.class.getMethods()) {
            Object[] arguments = new Object[method.getParameterCount()];
            assertThatThrownBy(() -> invoke(store, method, arguments))
                    .as(method.getName())
                    .isInstanceOf(LambdaTimeoutException.class)
                    .hasMessageContaining("was not sent");
        }
        assertThat(backend.timeouts).isEmpty();
    }

    @Test
    void aCall_whenTimeRemains_getsTheRemainingTimeLessTheBufferAsItsTimeout() {
        InvocationStore store = new InvocationStore(
                backend, Deadline.of(TestContext.withRemainingTime(Duration.ofSeconds(10)), Duration.ofSeconds(1)));

        assertThatThrownBy(() ->
                        store.getItem(GetItemRequest.builder("missing", Map.of("id", AttributeValue.ofString("x")))
                                .build()))
                .isNotInstanceOf(LambdaTimeoutException.class);

        assertThat(backend.timeouts).hasSize(1);
        Duration timeout = backend.timeouts.get(0).orElseThrow();
        assertThat(timeout).isLessThanOrEqualTo(Duration.ofSeconds(9)).isGreaterThan(Duration.ofSeconds(8));
    }

    @Test
    void aCall_withoutADeadline_hasNoTimeout() {
        InvocationStore store = new InvocationStore(backend, Deadline.NONE);

        store.listTables(
                new io.tabletheory.api.table.ListTablesRequest(Optional.empty(), java.util.OptionalInt.empty()));

        assertThat(backend.timeouts).containsExactly(Optional.empty());
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
