package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.check.Constraints;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.table.TableNames;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The static validation of a BatchGetItem, everything DynamoDB checks before it looks up a table (research §1.13,
 * §1.17), in its order: an empty request; the request-model constraints (table names, 1 to 100 keys per table),
 * reported together; then, table by table, the ProjectionExpression and its names (as GetItem checks them, {@link
 * ItemProjection}) and the keys, for duplicates (compared as given: the schema is not known yet, so {@code {pk, x}}
 * and {@code {pk}} differ) and for more than 100 across all tables.
 *
 * <p>Messages are AWS's: research §2 rows 71, 73 and 74, and, for what the research quotes only from DynamoDB Local
 * (an empty key list, an invalid table name), the AWS texts its source [CONF] captured in 2026
 * ({@code tests/tier3/error-messages/batchGetItem.test.ts}); the table-name message echoes the request ({@link
 * BatchGetEcho}).
 */
final class BatchGetRequestValidator {
    /** The most keys one BatchGetItem may read, across all its tables. */
    static final int MAX_KEYS = 100;

    private static final String TABLE_NAME_CONSTRAINT = "Map keys must satisfy constraint: [Member must have length"
            + " less than or equal to 255, Member must have length greater than or equal to 3, Member must satisfy"
            + " regular expression pattern: [a-zA-Z0-9_.-]+]";

    private BatchGetRequestValidator() {}

    /**
     * Validates the request and returns each table's projection (empty for whole items), in request order.
     *
     * @throws ValidationException with DynamoDB's message
     */
    static Map<String, Optional<List<ResolvedPath>>> validate(
            BatchGetItemRequest request, ExpressionCache expressions) {
        Map<String, KeysAndAttributes> requestItems = request.requestItems();
        if (requestItems.isEmpty()) {
            throw new ValidationException("The requestItems parameter is required for BatchGetItem");
        }
        Constraints constraints = new Constraints();
        if (!requestItems.keySet().stream().allMatch(TableNames::isValid)) {
            constraints.check(false, BatchGetEcho.render(requestItems), "requestItems", TABLE_NAME_CONSTRAINT);
        }
        requestItems.forEach((table, read) -> {
            String member = "RequestItems." + table + ".member.Keys";
            constraints.checkMember(
                    !read.keys().isEmpty(), member, "Member must have length greater than or equal to 1");
            constraints.checkMember(
                    read.keys().size() <= MAX_KEYS, member, "Member must have length less than or equal to 100");
        });
        constraints.throwIfAny();
        Map<String, Optional<List<ResolvedPath>>> projections = new LinkedHashMap<>();
        int keyCount = 0;
        for (Map.Entry<String, KeysAndAttributes> entry : requestItems.entrySet()) {
            KeysAndAttributes read = entry.getValue();
            projections.put(
                    entry.getKey(),
                    ItemProjection.prepare(
                            expressions,
                            read.projectionExpression(),
                            read.expressionAttributeNames(),
                            read.attributesToGet()));
            Set<Map<String, AttributeValue>> seen = new HashSet<>();
            for (Map<String, AttributeValue> key : read.keys()) {
                if (!seen.add(key)) {
                    throw new ValidationException("Provided list of item keys contains duplicates");
                }
                keyCount++;
                if (keyCount > MAX_KEYS) {
                    throw new ValidationException("Too many items requested for the BatchGetItem call");
                }
            }
        }
        return projections;
    }
}
