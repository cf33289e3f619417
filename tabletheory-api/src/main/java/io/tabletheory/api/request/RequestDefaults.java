package io.tabletheory.api.request;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * DynamoDB's defaults for the optional parameters of this package's request and result records, applied in their
 * compact constructors so that a record built with {@code null} for a parameter holds the same value as one built
 * without it: an absent optional, {@code NONE} for a return choice. Maps are copied by {@code Immutables} instead.
 */
final class RequestDefaults {
    private RequestDefaults() {}

    static <T> Optional<T> absentIfNull(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static OptionalInt absentIfNull(OptionalInt value) {
        return value == null ? OptionalInt.empty() : value;
    }

    /** The {@code Integer} a builder setter takes as the record holds it: absent for {@code null}. */
    static OptionalInt optionalInt(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    static ReturnValue noneIfNull(ReturnValue value) {
        return value == null ? ReturnValue.NONE : value;
    }

    static ReturnValuesOnConditionCheckFailure noneIfNull(ReturnValuesOnConditionCheckFailure value) {
        return value == null ? ReturnValuesOnConditionCheckFailure.NONE : value;
    }

    static ReturnConsumedCapacity noneIfNull(ReturnConsumedCapacity value) {
        return value == null ? ReturnConsumedCapacity.NONE : value;
    }

    static ReturnItemCollectionMetrics noneIfNull(ReturnItemCollectionMetrics value) {
        return value == null ? ReturnItemCollectionMetrics.NONE : value;
    }
}
