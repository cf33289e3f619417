package io.tabletheory.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Main} prints once the server listens: the address really bound (so {@code --host 0}, {@code 0.0.0.0}
 * and {@code ::} show as every interface, not as the loopback endpoint local clients use) and, when the server is
 * reachable from other machines, a warning that it accepts any credentials.
 */
final class Banner {
    private Banner() {}

    /** The lines to print for a started server. */
    static List<String> lines(TableTheoryServer server) {
        InetSocketAddress bound = server.address();
        InetAddress address = bound.getAddress();
        List<String> lines = new ArrayList<>();
        if (address.isLoopbackAddress()) {
            lines.add("TableTheory server listening on " + server.endpoint() + " (port " + server.port() + ")");
            return List.copyOf(lines);
        }
        String where = address.isAnyLocalAddress() ? "every interface" : "an address other machines can reach";
        lines.add("TableTheory server listening on " + hostAndPort(bound) + " (" + where + ", port " + server.port()
                + "); clients on this machine can use " + server.endpoint());
        lines.add("WARNING: this endpoint accepts any credentials and checks no signature: anyone who can reach "
                + hostAndPort(bound) + " can read, change and delete every table. Listen on 127.0.0.1 (the default)"
                + " unless other machines must connect.");
        return List.copyOf(lines);
    }

    private static String host(InetSocketAddress bound) {
        return bound.getAddress().getHostAddress();
    }

    private static String hostAndPort(InetSocketAddress bound) {
        String host = bound.getAddress().isAnyLocalAddress() && host(bound).contains(":") ? "::" : host(bound);
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort();
    }
}
