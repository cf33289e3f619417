package io.tabletheory.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The poll of a connection waiting for its next request, over hand-written sockets that say when bytes are there: it
 * ends as soon as bytes arrive, when its window ends, or when another connection starts serving a request; it never
 * lets more threads poll than its cap (a connection beyond it does not poll at all) and does not start while a request
 * is served; off, it does not look at the socket. No test waits for a window to pass: the
 * windows are either a nanosecond or longer than any test.
 */
class ReadPollTest {
    private static final long LONGER_THAN_ANY_TEST = TimeUnit.HOURS.toNanos(1);

    @Test
    void bytesArrivingDuringTheWindow_endThePoll() throws IOException {
        ScriptedSocket socket = new ScriptedSocket(3);

        assertThat(new ReadPoll(LONGER_THAN_ANY_TEST, 1).awaitBytes(socket)).isTrue();
        assertThat(socket.looks()).isEqualTo(4);
    }

    @Test
    void aWindowEndingWithoutBytes_leavesTheReadToBlock() throws IOException {
        ReadPoll poll = new ReadPoll(1, 1);

        assertThat(poll.awaitBytes(new ScriptedSocket(Integer.MAX_VALUE))).isFalse();
        assertThat(poll.pollingThreads()).isZero();
    }

    @Test
    void off_neverLooksAtTheSocket() throws IOException {
        ScriptedSocket socket = new ScriptedSocket(0);

        assertThat(new ReadPoll(0, 1).awaitBytes(socket)).isFalse();
        assertThat(new ReadPoll(LONGER_THAN_ANY_TEST, 0).awaitBytes(socket)).isFalse();
        assertThat(socket.looks()).isZero();
    }

    @Test
    void atTheCap_anotherConnectionDoesNotPoll() throws Exception {
        ReadPoll poll = new ReadPoll(LONGER_THAN_ANY_TEST, 1);
        HeldSocket held = new HeldSocket();
        CompletableFuture<Boolean> first = pollingOnAnotherThread(poll, held);

        ScriptedSocket second = new ScriptedSocket(0);
        boolean secondGotBytes = poll.awaitBytes(second);

        assertThat(secondGotBytes).isFalse();
        assertThat(second.looks()).isZero();
        assertThat(poll.pollingThreads()).isEqualTo(1);
        held.bytesArrive.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(poll.pollingThreads()).isZero();
        assertThat(poll.awaitBytes(new ScriptedSocket(0))).isTrue();
    }

    @Test
    void underTheCap_connectionsPollTogether() throws Exception {
        ReadPoll poll = new ReadPoll(LONGER_THAN_ANY_TEST, 2);
        HeldSocket held = new HeldSocket();
        CompletableFuture<Boolean> first = pollingOnAnotherThread(poll, held);

        ScriptedSocket second = new ScriptedSocket(1);

        assertThat(poll.awaitBytes(second)).isTrue();
        assertThat(second.looks()).isEqualTo(2);
        held.bytesArrive.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(poll.pollingThreads()).isZero();
    }

    @Test
    void whileARequestIsServed_noConnectionPolls() throws IOException {
        ReadPoll poll = new ReadPoll(LONGER_THAN_ANY_TEST, 1);
        ScriptedSocket socket = new ScriptedSocket(0);

        poll.requestStarted();
        boolean duringTheRequest = poll.awaitBytes(socket);
        poll.requestEnded();

        assertThat(duringTheRequest).isFalse();
        assertThat(socket.looks()).isZero();
        assertThat(poll.awaitBytes(socket)).isTrue();
    }

    @Test
    void aRequestStartingOnAnotherConnection_endsThePoll() throws Exception {
        ReadPoll poll = new ReadPoll(LONGER_THAN_ANY_TEST, 1);
        HeldSocket held = new HeldSocket();
        CompletableFuture<Boolean> polling = pollingOnAnotherThread(poll, held);

        poll.requestStarted();

        assertThat(polling.get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(poll.pollingThreads()).isZero();
    }

    @Test
    void aSocketClosedWhilePolling_endsThePollWithItsFailure() {
        ReadPoll poll = new ReadPoll(LONGER_THAN_ANY_TEST, 1);
        InputStream closed = new ScriptedSocket(0) {
            @Override
            public int available() throws IOException {
                throw new SocketException("Socket closed");
            }
        };

        assertThatThrownBy(() -> poll.awaitBytes(closed)).isInstanceOf(SocketException.class);
        assertThat(poll.pollingThreads()).isZero();
    }

    @Test
    void negativeSettings_areRefused() {
        assertThatThrownBy(() -> new ReadPoll(-1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the poll window must not be negative, was -1 ns");
        assertThatThrownBy(() -> new ReadPoll(1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the polling threads must not be negative, was -1");
    }

    /** Starts a poll of {@code held} on another thread and returns once it polls. */
    private static CompletableFuture<Boolean> pollingOnAnotherThread(ReadPoll poll, HeldSocket held)
            throws InterruptedException {
        CompletableFuture<Boolean> result = CompletableFuture.supplyAsync(() -> {
            try {
                return poll.awaitBytes(held);
            } catch (IOException failure) {
                throw new IllegalStateException(failure);
            }
        });
        held.polling.await();
        return result;
    }

    /** A socket whose bytes arrive after it has been looked at {@code emptyLooks} times. */
    private static class ScriptedSocket extends InputStream {
        private final int emptyLooks;
        private final AtomicInteger looks = new AtomicInteger();

        ScriptedSocket(int emptyLooks) {
            this.emptyLooks = emptyLooks;
        }

        @Override
        public int available() throws IOException {
            return looks.getAndIncrement() < emptyLooks ? 0 : 5;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("a poll only looks");
        }

        int looks() {
            return looks.get();
        }
    }

    /** A socket that says when it is first looked at, and has bytes once the test lets them arrive. */
    private static final class HeldSocket extends InputStream {
        final CountDownLatch polling = new CountDownLatch(1);
        final CountDownLatch bytesArrive = new CountDownLatch(1);

        @Override
        public int available() {
            polling.countDown();
            return bytesArrive.getCount() == 0 ? 5 : 0;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("a poll only looks");
        }
    }
}
