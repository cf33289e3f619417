package io.tabletheory.server.internal.operation;

import io.tabletheory.server.internal.json.WireObject;
import java.util.function.Function;

/** An {@link Operation} from its name and a function from request to response body. */
record NamedOperation(String name, Function<WireObject, byte[]> body) implements Operation {
    @Override
    public byte[] handle(WireObject request) {
        return body.apply(request);
    }
}
