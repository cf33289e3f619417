package io.tabletheory.server.internal.protocol;

import io.tabletheory.server.internal.http.HttpExchange;
import io.tabletheory.server.internal.json.JsonTree;
import io.tabletheory.server.internal.json.WireObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's per-request log ({@code --verbose}): one INFO line per DynamoDB request on the logger {@value
 * #LOGGER_NAME}, naming the operation, the tables the request names, the HTTP status, DynamoDB's error type when it
 * failed, and the time from its arrival to its response being sent:
 *
 * <pre>{@code
 * PutItem table=users status=200 latency=0.412 ms
 * GetItem table=missing status=400 error=ResourceNotFoundException latency=0.105 ms
 * }</pre>
 *
 * <p>{@link DynamoHttpHandler} calls {@link #start()} when a request arrives and {@link #served} once it is answered.
 * When the log is off, both return at once: no clock read, no string built, no body read.
 */
public final class RequestLog {
    /** The logger the request lines go to. */
    public static final String LOGGER_NAME = "io.tabletheory.server.requests";

    private static final RequestLog OFF = new RequestLog(null);

    private final Logger logger;

    private RequestLog(Logger logger) {
        this.logger = logger;
    }

    /** The log that records nothing. */
    public static RequestLog off() {
        return OFF;
    }

    /** The log that writes one line per request to {@value #LOGGER_NAME}, at INFO. */
    public static RequestLog verbose() {
        return new RequestLog(LoggerFactory.getLogger(LOGGER_NAME));
    }

    /** The moment a request arrived, to give {@link #served}; 0 when the log is off. */
    long start() {
        return logger == null ? 0 : System.nanoTime();
    }

    /**
     * Logs one answered request: {@code request} is its body when it parsed (null otherwise), {@code body} the
     * response's body, whose {@code __type} names the error of a failed request. Reads the operation from the
     * exchange's {@code X-Amz-Target} header, only when the log is on.
     */
    void served(HttpExchange exchange, WireObject request, int status, byte[] body, long started) {
        if (logger == null || !logger.isInfoEnabled()) {
            return;
        }
        long nanos = System.nanoTime() - started;
        String operation = operationOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
        logger.info(line(
                operation, request == null ? Set.of() : tablesOf(request), status, errorType(status, body), nanos));
    }

    /** The line for one request: the operation, its tables (when any), the status, the error type (when any). */
    static String line(String operation, Set<String> tables, int status, String errorType, long nanos) {
        StringBuilder line = new StringBuilder(96).append(operation);
        if (!tables.isEmpty()) {
            line.append(" table=").append(String.join(",", tables));
        }
        line.append(" status=").append(status);
        if (!errorType.isEmpty()) {
            line.append(" error=").append(errorType);
        }
        return line.append(String.format(Locale.ROOT, " latency=%.3f ms", nanos / 1_000_000.0))
                .toString();
    }

    /**
     * The operation a target names: what follows DynamoDB's or DynamoDB Streams' prefix, the whole header otherwise,
     * {@code -} if none.
     */
    static String operationOf(String target) {
        if (target == null || target.isEmpty()) {
            return "-";
        }
        for (String prefix : List.of(DynamoHttpHandler.TARGET_PREFIX, DynamoHttpHandler.STREAMS_TARGET_PREFIX)) {
            if (target.startsWith(prefix)) {
                return target.substring(prefix.length());
            }
        }
        return target;
    }

    /**
     * The tables a request names, in order: its {@code TableName}, the keys of a batch's {@code RequestItems}, the
     * tables of a transaction's {@code TransactItems}, the table of a tagging request's {@code ResourceArn} or of a
     * stream request's {@code StreamArn} (GetRecords names none: its shard iterator is opaque here). A member
     * of the wrong type names nothing (the request failed for it already).
     */
    static Set<String> tablesOf(WireObject request) {
        Set<String> tables = new LinkedHashSet<>();
        try {
            request.string("TableName").ifPresent(tables::add);
            request.string("ResourceArn").map(RequestLog::tableOfArn).ifPresent(tables::add);
            request.string("StreamArn").map(RequestLog::tableOfArn).ifPresent(tables::add);
            request.map("RequestItems", "RequestItems").map(Map::keySet).ifPresent(tables::addAll);
            for (Object action : request.list("TransactItems").orElse(List.of())) {
                if (action instanceof Map<?, ?> members) {
                    for (Object member : members.values()) {
                        if (member instanceof Map<?, ?> operation
                                && operation.get("TableName") instanceof String name) {
                            tables.add(name);
                        }
                    }
                }
            }
        } catch (RuntimeException wrongType) {
            // the request named its tables in members of the wrong type: its error says so
        }
        return tables;
    }

    private static String tableOfArn(String arn) {
        int at = arn.indexOf(":table/");
        if (at < 0) {
            return arn;
        }
        String rest = arn.substring(at + ":table/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** DynamoDB's error type of a failed request (the part of {@code __type} after {@code #}); empty for a success. */
    static String errorType(int status, byte[] body) {
        if (status < 300) {
            return "";
        }
        try {
            String type = JsonTree.parseObject(body).string("__type").orElse("");
            return type.substring(type.indexOf('#') + 1);
        } catch (RuntimeException notJson) {
            return "";
        }
    }
}
