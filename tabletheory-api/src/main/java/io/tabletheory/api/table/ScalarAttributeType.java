package io.tabletheory.api.table;

import io.tabletheory.api.value.AttributeType;

/** The types a key attribute may have: string, number or binary. */
public enum ScalarAttributeType {
    /** String. */
    S,
    /** Number. */
    N,
    /** Binary. */
    B;

    /** The matching attribute value type. */
    public AttributeType attributeType() {
        return AttributeType.valueOf(name());
    }
}
