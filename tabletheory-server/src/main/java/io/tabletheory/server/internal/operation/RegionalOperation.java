package io.tabletheory.server.internal.operation;

import io.tabletheory.server.internal.json.WireObject;
import java.util.function.BiFunction;

/**
 * An {@link Operation} whose answer depends on the region the client signed for (it names table ARNs), from its name
 * and a function from request and region to response body.
 */
record RegionalOperation(String name, BiFunction<WireObject, String, byte[]> body) implements Operation {
    @Override
    public byte[] handle(WireObject request) {
        return body.apply(request, SigningRegion.DEFAULT);
    }

    @Override
    public byte[] handle(WireObject request, String region) {
        return body.apply(request, region);
    }
}
