package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.inmemory.internal.check.Constraints;
import io.tabletheory.inmemory.internal.item.ItemLimits;
import io.tabletheory.inmemory.internal.table.TableNames;
import java.util.List;
import java.util.Map;

/**
 * The static validation of a BatchWriteItem, everything DynamoDB checks before it looks up a table (research §1.13,
 * §1.17), in its order: an empty request; table names; the request-model constraints (1 to 25 writes per table),
 * reported together; more than 25 writes across all tables; then each put's item nesting and 400 KB size. That a
 * write is exactly one of a put or a delete, and never conditional, the api's {@link WriteRequest} already ensures.
 *
 * <p>Messages are AWS's where it is known: research §2 rows 72 and 74, and, for an empty write list (which the
 * research quotes only from DynamoDB Local), the text its source [CONF] captured in 2026 ({@code
 * tests/tier3/error-messages/batchWriteItem.test.ts}). AWS echoes the request in that message in its internal Java
 * form; the emulator echoes only the offending table ({@code {t=[]}}), which is AWS's exact text when that table is
 * the request's only one. For more than 25 writes in one table it uses the form [CONF] records from the regions on
 * AWS's newer validation ({@code Value at 'RequestItems.t.member' ...}), since the older form echoes every write
 * in that internal form. An invalid table name follows DynamoDB Local's wording: AWS's message echoes the request
 * the same way and neither the research nor its sources give a text the emulator could reproduce.
 */
final class BatchWriteRequestValidator {
    /** Checks a Put's item against the item limits; a Delete has none to check. */
    private static final WriteRequest.Visitor<Void> PUT_LIMITS = new WriteRequest.Visitor<>() {
        @Override
        public Void visitPut(WriteRequest.Put put) {
            ItemLimits.checkPut(put.item());
            return null;
        }

        @Override
        public Void visitDelete(WriteRequest.Delete delete) {
            return null;
        }
    };

    /** The most writes one BatchWriteItem may hold, across all its tables. */
    static final int MAX_WRITES = 25;

    private BatchWriteRequestValidator() {}

    /**
     * Validates the request.
     *
     * @throws ValidationException with DynamoDB's message
     */
    static void validate(BatchWriteItemRequest request) {
        Map<String, List<WriteRequest>> requestItems = request.requestItems();
        if (requestItems.isEmpty()) {
            throw new ValidationException("The requestItems parameter is required for BatchWriteItem");
        }
        if (!requestItems.keySet().stream().allMatch(TableNames::isValid)) {
            throw new ValidationException("Invalid table/index name.  Table/index names must be between 3 and 255"
                    + " characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'");
        }
        Constraints constraints = new Constraints();
        requestItems.forEach((table, writes) -> {
            constraints.check(
                    !writes.isEmpty() && writes.size() <= MAX_WRITES,
                    "{" + table + "=" + writes + "}",
                    "requestItems",
                    "Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must"
                            + " have length greater than or equal to 1]");
        });
        constraints.throwIfAny();
        if (requestItems.values().stream().mapToInt(List::size).sum() > MAX_WRITES) {
            throw new ValidationException("Too many items requested for the BatchWriteItem call");
        }
        requestItems.values().forEach(writes -> writes.forEach(write -> write.accept(PUT_LIMITS)));
    }
}
