package io.tabletheory.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock a test moves by hand, for what depends on time: {@code @CreatedAt}/{@code @UpdatedAt}, time to live
 * (then {@code InMemoryDynamoStore.sweepExpiredItems()}), and the 24 hours a stream keeps its records.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(Instant.parse("2026-12-06T08:00:00Z"));
 * TableTheoryExtension tables = TableTheoryExtension.inMemory().withModels(Session.class).withClock(clock);
 * ...
 * clock.advance(Duration.ofHours(2));
 * }</pre>
 *
 * <p>Thread-safe; it never moves by itself.
 */
public final class TestClock extends Clock {
    private final AtomicReference<Instant> now;

    private TestClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** A clock showing {@code start} until moved. */
    public static TestClock at(Instant start) {
        return new TestClock(Objects.requireNonNull(start, "start"));
    }

    /** Moves the clock forward (or back, for a negative duration) by {@code duration}. */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock: it always shows UTC. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
