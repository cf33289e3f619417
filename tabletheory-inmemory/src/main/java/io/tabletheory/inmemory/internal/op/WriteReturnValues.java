package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.ReturnValue;

/** The ReturnValues rule of PutItem and DeleteItem: only {@code NONE} and {@code ALL_OLD} are allowed. */
final class WriteReturnValues {
    private WriteReturnValues() {}

    static void check(ReturnValue returnValues) {
        if (returnValues != ReturnValue.NONE && returnValues != ReturnValue.ALL_OLD) {
            throw new ValidationException("Return values set to invalid value");
        }
    }
}
