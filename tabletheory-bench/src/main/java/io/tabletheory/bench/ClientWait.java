package io.tabletheory.bench;

/**
 * How the lean client ({@link LeanHttpConnection}) waits for each answer. A thread blocked in a socket read lets its
 * processor idle, and on a virtual machine waking an idle processor costs tens of microseconds, a cost that lands on
 * every round trip of a client that sends one request at a time; a client that polls does not pay it on its side.
 * Which one a user's client does depends on the client: the AWS SDK's HTTP clients block.
 */
public enum ClientWait {
    /** Block in the socket read at once, as the AWS SDK's clients do. */
    BLOCKING,
    /** Poll the socket for up to {@link LeanHttpConnection#POLL_NANOS} before blocking in the read. */
    POLLING
}
