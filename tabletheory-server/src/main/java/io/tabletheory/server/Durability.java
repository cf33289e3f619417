package io.tabletheory.server;

/**
 * When a write to a server with a {@linkplain TableTheoryServer.Builder#dataDirectory data directory} is
 * acknowledged, relative to its journal reaching the disk. Chosen with {@link TableTheoryServer.Builder#durability}
 * or {@code --durability}.
 */
public enum Durability {
    /**
     * The default: a write is acknowledged once its journal record is forced to the disk ({@code fsync}), so every
     * acknowledged write survives the process being killed ({@code kill -9}), the machine losing power and the
     * operating system crashing. Concurrent writes share one force (group commit).
     */
    SYNC,

    /**
     * A write is acknowledged once its journal record is handed to the operating system, which forces it to the disk
     * within about a second: every acknowledged write survives the process being killed ({@code kill -9}) or running
     * out of memory, but a power loss or an operating system crash may lose the last second of them (what is kept is
     * still a consistent state: whole transactions, in order). Faster where forcing the disk is slow.
     */
    PROCESS
}
