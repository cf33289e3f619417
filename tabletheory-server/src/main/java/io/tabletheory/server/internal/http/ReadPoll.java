package io.tabletheory.server.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The short wait of {@link HttpConnection} for a client's next request after a response, spent polling instead of
 * blocking. A thread blocked in a socket read leaves its processor idle; on a virtual machine an idle processor halts,
 * and waking it for the next request costs tens of microseconds, more than the server's own work on a request. A
 * client that sends its next request soon after an answer (a test suite, one request at a time) finds the server's
 * thread still running when it polls here first. The poll is bounded in time ({@code window}) and in threads ({@code
 * maxThreads}, kept below the processor count), and it only runs while no connection is serving a request: it never
 * takes a processor from the server's own work, and with several busy clients, where no processor idles anyway,
 * connections do not poll at all. A connection that finds the cap reached or a request in progress, or whose window
 * ends empty, blocks as before. Shared by every connection of one {@link BlockingHttpServer}, which tells it when each
 * request starts and ends.
 *
 * <p>Between looks at the socket the thread yields its processor rather than pausing in place: the kernel may have
 * deferred the delivery of the answer just written (on loopback, to its {@code ksoftirqd} thread on this processor),
 * and a thread spinning without yielding held it back until the poll ended: a client polling too then waited for the
 * whole window (121 µs instead of 16 in {@code LoopbackFloor}).
 */
final class ReadPoll {
    private final long windowNanos;
    private final int maxThreads;
    private final AtomicInteger polling = new AtomicInteger();
    private final AtomicInteger serving = new AtomicInteger();

    /**
     * @param windowNanos how long one connection polls after a response; 0 turns polling off
     * @param maxThreads the most connections polling at once; 0 turns polling off
     */
    ReadPoll(long windowNanos, int maxThreads) {
        if (windowNanos < 0) {
            throw new IllegalArgumentException("the poll window must not be negative, was " + windowNanos + " ns");
        }
        if (maxThreads < 0) {
            throw new IllegalArgumentException("the polling threads must not be negative, was " + maxThreads);
        }
        this.windowNanos = windowNanos;
        this.maxThreads = maxThreads;
    }

    /**
     * Polls {@code socket} for bytes for at most the window, unless polling is off, {@code maxThreads} connections
     * poll already, or a connection is serving a request (when one starts, the poll ends); true when bytes arrived (a
     * read will not block), false when the caller should block in its read.
     *
     * @throws IOException when the socket is closed or broken while polling
     */
    boolean awaitBytes(InputStream socket) throws IOException {
        if (windowNanos == 0 || serving.get() > 0 || !enter()) {
            return false;
        }
        try {
            long start = System.nanoTime();
            do {
                if (socket.available() > 0) {
                    return true;
                }
                // Not Thread.onSpinWait: work queued behind this thread on its processor must run, above all the
                // kernel's deferred network work (ksoftirqd), which delivers the answer just written on loopback.
                Thread.yield();
            } while (serving.get() == 0 && System.nanoTime() - start < windowNanos);
            return false;
        } finally {
            polling.decrementAndGet();
        }
    }

    /** A connection has started to read a request: no connection polls until it has answered. */
    void requestStarted() {
        serving.incrementAndGet();
    }

    /** A connection has answered the request it {@linkplain #requestStarted started} (or given up on it). */
    void requestEnded() {
        serving.decrementAndGet();
    }

    /** How many connections poll now. */
    int pollingThreads() {
        return polling.get();
    }

    private boolean enter() {
        for (int now = polling.get(); now < maxThreads; now = polling.get()) {
            if (polling.compareAndSet(now, now + 1)) {
                return true;
            }
        }
        return false;
    }
}
