package io.tabletheory.server.internal.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on blocking sockets, made for one local protocol endpoint: keep-alive connections, bodies
 * framed by Content-Length or chunked coding, {@code Expect: 100-continue}; no TLS, no pipelining across a response.
 * Each connection is served by one worker thread from its first request to its close (read, handle, write, all on
 * that thread), so a request costs no hand-off between threads; the JDK's {@code com.sun.net.httpserver}, which it
 * replaced, passed each request from its selector thread to a worker and the connection back, twice the context
 * switches on a round trip.
 *
 * <p>Limits (from {@link Settings}): a request must arrive whole within {@code requestTime} of its first byte, and its
 * response be written within {@code responseTime}; a connection idle for {@code idleTime} is closed; a watch thread
 * closes the socket of a connection past its deadline, which ends the read or write blocked on it. Workers are kept
 * ready ({@code threads}) and added on demand up to {@code maxWorkers}; when all are taken, a connection waiting for
 * its next request is closed to make room, and a new connection that finds no worker within a second is closed. A
 * request whose framing is malformed is answered by {@link HttpHandler#refuseMalformed} and its connection closed.
 *
 * <p>Waiting for its next request, a connection polls its socket for {@code pollTime} before it blocks, if fewer than
 * {@code pollThreads} connections poll already and no request is being served ({@link ReadPoll}): a client sending one
 * request at a time then finds its connection's thread running instead of asleep on an idle processor.
 */
public final class BlockingHttpServer {
    /** How often the watch looks for connections past their deadline. */
    private static final long WATCH_TICK_MILLIS = 100;

    /** How long a new connection waits for a worker when all are taken. */
    private static final long WORKER_WAIT_MILLIS = 1000;

    /** How often, while a new connection waits for a worker, the server looks for an idle connection to close. */
    private static final long WORKER_POLL_MILLIS = 20;

    /**
     * The server's limits.
     *
     * @param threads workers kept ready
     * @param maxWorkers the most connections served at once
     * @param requestTime how long a request may take to arrive, from its first byte
     * @param responseTime how long a response may take to be written
     * @param idleTime how long a kept-alive connection may wait for its next request
     * @param noDelay whether to send each response at once (TCP_NODELAY)
     * @param maxHeadBytes the largest request head (request line and headers) read
     * @param pollTime how long a connection polls for its next request before blocking; zero for never
     * @param pollThreads the most connections polling at once; zero for none
     */
    public record Settings(
            int threads,
            int maxWorkers,
            Duration requestTime,
            Duration responseTime,
            Duration idleTime,
            boolean noDelay,
            int maxHeadBytes,
            Duration pollTime,
            int pollThreads) {}

    private final ServerSocket listener;
    private final Settings settings;
    private final ReadPoll readPoll;
    private HttpHandler handler;
    private final ThreadPoolExecutor workers;
    private final Set<HttpConnection> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private final Thread watch;
    private volatile boolean stopped;

    private BlockingHttpServer(ServerSocket listener, Settings settings) {
        this.listener = listener;
        this.settings = settings;
        this.readPoll = new ReadPoll(settings.pollTime().toNanos(), settings.pollThreads());
        this.workers = new ThreadPoolExecutor(
                settings.threads(),
                Math.max(settings.threads(), settings.maxWorkers()),
                30,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                new WorkerThreads(),
                new WaitForAWorker());
        this.acceptor = daemon(this::accept, "tabletheory-server-accept");
        this.watch = daemon(this::watch, "tabletheory-server-deadlines");
    }

    /**
     * Binds {@code address}; connections wait in the operating system's queue until {@link #start}.
     *
     * @throws IOException when the address cannot be bound
     */
    public static BlockingHttpServer bind(InetSocketAddress address, Settings settings) throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.bind(address, 128);
        } catch (IOException bindFailure) {
            listener.close();
            throw bindFailure;
        }
        return new BlockingHttpServer(listener, settings);
    }

    /** Starts serving {@code handler}; once only. */
    public void start(HttpHandler handler) {
        if (this.handler != null) {
            throw new IllegalStateException("the server has started already");
        }
        this.handler = handler;
        acceptor.start();
        watch.start();
    }

    /** The address the server listens on, as the operating system reports it. */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    /** Stops accepting, closes every connection (ending the requests on them) and lets the workers end. */
    public void stop() {
        stopped = true;
        try {
            listener.close();
        } catch (IOException alreadyClosed) {
            // Closed is what was wanted.
        }
        watch.interrupt();
        connections.forEach(HttpConnection::close);
        workers.shutdown();
    }

    /** Waits up to {@code timeout} for every worker to end after {@link #stop}; true when they have. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    Settings settings() {
        return settings;
    }

    ReadPoll readPoll() {
        return readPoll;
    }

    HttpHandler handler() {
        return handler;
    }

    void opened(HttpConnection connection) {
        connections.add(connection);
        if (stopped) {
            connection.close();
        }
    }

    void closed(HttpConnection connection) {
        connections.remove(connection);
    }

    private void accept() {
        while (!stopped) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException closedOrFailed) {
                if (stopped || listener.isClosed()) {
                    return;
                }
                continue;
            }
            workers.execute(new HttpConnection(this, socket));
        }
    }

    private void watch() {
        while (!stopped) {
            try {
                Thread.sleep(WATCH_TICK_MILLIS);
            } catch (InterruptedException stopping) {
                return;
            }
            long now = System.nanoTime();
            for (HttpConnection connection : connections) {
                connection.closeIfOverdue(now);
            }
        }
    }

    /** Closes one connection that waits for its next request, so that its worker can take a new one. */
    private void closeAnIdleConnection() {
        for (HttpConnection connection : connections) {
            if (connection.idle()) {
                connection.close();
                return;
            }
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    /** When every worker is taken: free an idle one, wait a second for it, else close the new connection. */
    private final class WaitForAWorker implements RejectedExecutionHandler {
        @Override
        public void rejectedExecution(Runnable connection, ThreadPoolExecutor pool) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WORKER_WAIT_MILLIS);
            try {
                // A connection becomes idle a moment after its response is sent: look again while waiting.
                while (!pool.isShutdown() && System.nanoTime() < deadline) {
                    closeAnIdleConnection();
                    if (pool.getQueue().offer(connection, WORKER_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
            ((HttpConnection) connection).close();
        }
    }

    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "tabletheory-server-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
