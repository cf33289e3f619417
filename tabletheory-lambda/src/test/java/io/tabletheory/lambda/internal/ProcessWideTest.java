package io.tabletheory.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The once-per-process cell behind {@code LambdaTableTheory.init}: one build, and a failure that sticks. */
class ProcessWideTest {
    @Test
    void get_whenManyThreadsCallFirstAtOnce_buildsOnceAndGivesEveryoneTheSameInstance() throws Exception {
        ProcessWide<Object> cell = new ProcessWide<>();
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return cell.get(() -> {
                        builds.incrementAndGet();
                        sleep(20);
                        return new Object();
                    });
                }));
            }
            start.countDown();
            Object first = results.get(0).get();
            for (Future<Object> result : results) {
                assertThat(result.get()).isSameAs(first);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(builds).hasValue(1);
    }

    @Test
    void get_whenTheFirstBuildFails_failsEveryLaterCallWithTheSameCauseAndNeverBuildsAgain() {
        ProcessWide<Object> cell = new ProcessWide<>();
        AtomicInteger builds = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("AWS_REGION is not set");

        assertThatThrownBy(() -> cell.get(() -> {
                    builds.incrementAndGet();
                    throw failure;
                }))
                .isSameAs(failure);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> cell.get(() -> {
                        builds.incrementAndGet();
                        return new Object();
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("failed to initialise")
                    .hasMessageContaining("AWS_REGION is not set")
                    .hasCause(failure);
        }
        assertThat(builds).hasValue(1);
    }

    @Test
    void get_whenTheFactoryReturnsNull_failsRatherThanReturningNull() {
        ProcessWide<Object> cell = new ProcessWide<>();

        assertThatThrownBy(() -> cell.get(() -> null)).hasMessageContaining("returned null");
        assertThatThrownBy(() -> cell.get(Object::new)).isInstanceOf(IllegalStateException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
