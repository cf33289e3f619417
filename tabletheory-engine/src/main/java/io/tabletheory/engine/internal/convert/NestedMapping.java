package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;
import java.util.Map;

/** How a nested record or JavaBean is written to and read from an attribute map; the model mapping implements it. */
public interface NestedMapping<T> {
    /** The object's attributes. */
    Map<String, AttributeValue> write(T value);

    /** An object from its attributes. */
    T read(Map<String, AttributeValue> attributes);
}
