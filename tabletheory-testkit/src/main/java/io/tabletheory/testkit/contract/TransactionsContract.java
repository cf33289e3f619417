package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.tabletheory.api.error.IdempotentParameterMismatchException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactGetItemsResult;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactWriteItemsResult;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * TransactWriteItems and TransactGetItems (research §1.14, §1.17, §2 rows 1-2 and 75-82): every action kind across
 * two tables, failed conditions with one reason per action in request order (each condition evaluated, the stored
 * item returned for ALL_OLD), nothing applied when cancelled, request-level validation (expressions, empty keys,
 * two actions on one item, the 100-action, 4 MB and token limits) against per-action ValidationError reasons,
 * idempotent ClientRequestTokens, TransactGetItems' ordered responses with projections and missing items, and
 * missing tables.
 */
public abstract class TransactionsContract extends PortContract {
    private static final String CANCELLED =
            "Transaction cancelled, please refer cancellation reasons for specific reasons ";
    private static final String CONDITION_FAILED = "The conditional request failed";
    private static final String ONE_ITEM = "Transaction request cannot include multiple operations on one item";
    private static final String VALIDATION_ERROR = "ValidationError";

    // ----- helpers -----

    private static Map<String, AttributeValue> key(String pk) {
        return item(PK, s(pk));
    }

    private static Map<String, AttributeValue> key(String pk, int sk) {
        return item(PK, s(pk), SK, n(Integer.toString(sk)));
    }

    private static TransactWriteItem putAction(String table, Map<String, AttributeValue> item) {
        return new TransactWriteItem.Put(table, item, Optional.empty(), Map.of(), Map.of(), null);
    }

    private static TransactWriteItem putAction(String table, Map<String, AttributeValue> item, String condition) {
        return new TransactWriteItem.Put(table, item, Optional.of(condition), Map.of(), Map.of(), null);
    }

    private static TransactWriteItem checkAction(
            String table,
            Map<String, AttributeValue> key,
            String condition,
            ReturnValuesOnConditionCheckFailure onFailure) {
        return new TransactWriteItem.ConditionCheck(table, key, Optional.of(condition), Map.of(), Map.of(), onFailure);
    }

    /** An update of the attribute {@code count} (a reserved word, hence {@code #c}) by {@code :one}. */
    private static TransactWriteItem increment(String table, Map<String, AttributeValue> key, String update) {
        return new TransactWriteItem.Update(
                table, key, update, Optional.empty(), Map.of("#c", "count"), item(":one", n("1")), null);
    }

    private static TransactWriteItem deleteAction(String table, Map<String, AttributeValue> key) {
        return new TransactWriteItem.Delete(table, key, Optional.empty(), Map.of(), Map.of(), null);
    }

    private TransactWriteItemsResult write(TransactWriteItem... actions) {
        return store().transactWriteItems(TransactWriteItemsRequest.of(List.of(actions)));
    }

    private TransactGetItemsResult read(TransactGetItem... reads) {
        return store().transactGetItems(new TransactGetItemsRequest(List.of(reads), ReturnConsumedCapacity.NONE));
    }

    /** Asserts that {@code call} cancels the transaction, and returns the exception. */
    private static TransactionCanceledException cancelled(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isNotNull();
        assertThat(thrown.getClass()).as("error type of %s", thrown).isEqualTo(TransactionCanceledException.class);
        return (TransactionCanceledException) thrown;
    }

    private static void assertCodes(TransactionCanceledException cancelled, String... codes) {
        assertThat(DynamoErrors.normalise(cancelled.getMessage()))
                .isEqualTo(DynamoErrors.normalise(CANCELLED + "[" + String.join(", ", codes) + "]"));
        assertThat(cancelled.reasons()).extracting(CancellationReason::code).containsExactly(codes);
    }

    /** Asserts DynamoDB's message, compared after {@link DynamoErrors#normalise}. */
    private static void assertMessage(String actual, String awsMessage) {
        assertThat(DynamoErrors.normalise(actual)).isEqualTo(DynamoErrors.normalise(awsMessage));
    }

    private static String randomToken() {
        return UUID.randomUUID().toString();
    }

    // ----- TransactWriteItems: applied -----

    @Test
    void transactWrite_acrossTwoTables_appliesEveryActionKind() {
        String hash = createHashTable("tx-hash");
        String range = createHashRangeTable("tx-range");
        put(hash, item(PK, s("gone"), "v", s("delete me")));
        put(hash, item(PK, s("old"), "v", s("replace me"), "extra", s("dropped")));
        put(range, item(PK, s("counter"), SK, n("1"), "count", n("41"), "kept", s("yes")));
        put(range, item(PK, s("guard"), SK, n("1"), "open", AttributeValue.ofBoolean(true)));

        TransactWriteItemsResult result = write(
                putAction(hash, item(PK, s("old"), "v", s("new")), "attribute_exists(pk)"),
                putAction(hash, item(PK, s("fresh"), "v", s("created")), "attribute_not_exists(pk)"),
                deleteAction(hash, key("gone")),
                increment(range, key("counter", 1), "SET #c = #c + :one"),
                checkAction(range, key("guard", 1), "attribute_exists(pk)", null),
                checkAction(range, key("nobody", 1), "attribute_not_exists(pk)", null));

        assertThat(result.consumedCapacity()).isEmpty();
        assertThat(get(hash, key("old"))).contains(item(PK, s("old"), "v", s("new")));
        assertThat(get(hash, key("fresh"))).contains(item(PK, s("fresh"), "v", s("created")));
        assertThat(get(hash, key("gone"))).isEmpty();
        assertThat(get(range, key("counter", 1)))
                .contains(item(PK, s("counter"), SK, n("1"), "count", n("42"), "kept", s("yes")));
        assertThat(get(range, key("guard", 1)))
                .as("a ConditionCheck changes nothing")
                .contains(item(PK, s("guard"), SK, n("1"), "open", AttributeValue.ofBoolean(true)));
        assertThat(get(range, key("nobody", 1))).as("nor creates anything").isEmpty();
    }

    @Test
    void transactWrite_ofTheLargest100Actions_isApplied() {
        String table = createHashTable("tx-hundred");
        List<TransactWriteItem> actions = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            actions.add(putAction(table, item(PK, s("item-" + i), "i", n(Integer.toString(i)))));
        }

        store().transactWriteItems(TransactWriteItemsRequest.of(actions));

        assertThat(get(table, key("item-0"))).contains(item(PK, s("item-0"), "i", n("0")));
        assertThat(get(table, key("item-99"))).contains(item(PK, s("item-99"), "i", n("99")));
    }

    // ----- TransactWriteItems: cancelled -----

    @Test
    void failedConditions_cancelWithOneReasonPerActionInOrder_andApplyNothing() {
        String hash = createHashTable("tx-cancel");
        String range = createHashRangeTable("tx-cancel");
        Map<String, AttributeValue> stored = item(PK, s("a"), SK, n("1"), "state", s("closed"));
        put(range, stored);
        put(hash, item(PK, s("doomed")));

        TransactionCanceledException cancelled = cancelled(() -> write(
                putAction(hash, item(PK, s("new"))),
                new TransactWriteItem.ConditionCheck(
                        range,
                        key("a", 1),
                        Optional.of("#s = :open"),
                        Map.of("#s", "state"),
                        item(":open", s("open")),
                        ReturnValuesOnConditionCheckFailure.ALL_OLD),
                deleteAction(hash, key("doomed")),
                new TransactWriteItem.Update(
                        hash,
                        key("missing"),
                        "SET v = :v",
                        Optional.of("attribute_exists(pk)"),
                        Map.of(),
                        item(":v", n("1")),
                        ReturnValuesOnConditionCheckFailure.ALL_OLD),
                new TransactWriteItem.Delete(
                        range,
                        key("b", 1),
                        Optional.of("attribute_exists(pk)"),
                        Map.of(),
                        Map.of(),
                        ReturnValuesOnConditionCheckFailure.NONE)));

        assertCodes(
                cancelled,
                "None",
                "ConditionalCheckFailed",
                "None",
                "ConditionalCheckFailed",
                "ConditionalCheckFailed");
        List<CancellationReason> reasons = cancelled.reasons();
        assertThat(reasons.get(0).message()).as("None has no message").isEmpty();
        assertMessage(reasons.get(1).message(), CONDITION_FAILED);
        assertThat(reasons.get(1).item()).as("ALL_OLD returns the stored item").isEqualTo(stored);
        assertMessage(reasons.get(3).message(), CONDITION_FAILED);
        assertThat(reasons.get(3).item())
                .as("ALL_OLD of a missing item returns none")
                .isEmpty();
        assertThat(reasons.get(4).item()).as("NONE returns no item").isEmpty();
        assertThat(get(hash, key("new"))).as("nothing applied").isEmpty();
        assertThat(get(hash, key("doomed"))).contains(item(PK, s("doomed")));
        assertThat(get(hash, key("missing"))).isEmpty();
        assertThat(get(range, key("a", 1))).contains(stored);
    }

    @Test
    void invalidItem_cancelsWithValidationError_andStopsThere() {
        String table = createHashTable("tx-invalid");

        TransactionCanceledException cancelled = cancelled(() -> write(
                putAction(table, item(PK, s("fine"))),
                putAction(table, item(PK, n("7"))),
                putAction(table, item(PK, n("8"))),
                putAction(table, item(PK, s("absent")), "attribute_exists(pk)")));

        // DynamoDB stops at the first action whose item fails validation: every other action's reason is None, even
        // one with an invalid item or a false condition (research §1.14 and §3a: Alternator's
        // test_transact_write_cancellation_reasons_validationerror passes on AWS). DynamoDB Local was observed to
        // keep validating and evaluating the later actions.
        assertCodes(cancelled, "None", VALIDATION_ERROR, "None", "None");
        assertMessage(
                cancelled.reasons().get(1).message(),
                "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
        assertThat(get(table, key("fine"))).isEmpty();
    }

    @Test
    void updateThatCannotApply_cancelsWithValidationError() {
        String table = createHashTable("tx-update-type");
        put(table, item(PK, s("a"), "count", s("not a number")));
        // An update-expression type error against the stored item is one of DynamoDB's per-action ValidationError
        // reasons (research §1.14: Alternator's test_transact.py comments, ministack PR #1067). DynamoDB Local 3.1.0
        // was observed to refuse the whole request with a ValidationException carrying the update's message instead.

        TransactionCanceledException cancelled = cancelled(
                () -> write(putAction(table, item(PK, s("b"))), increment(table, key("a"), "SET #c = #c + :one")));

        assertCodes(cancelled, "None", VALIDATION_ERROR);
        assertMessage(
                cancelled.reasons().get(1).message(), "An operand in the update expression has an incorrect data type");
        assertThat(get(table, key("b"))).isEmpty();
    }

    // ----- TransactWriteItems: refused as a whole -----

    @Test
    void expressionErrors_refuseTheWholeRequest() {
        String table = createHashTable("tx-expression");

        assertValidationError(
                () -> write(
                        putAction(table, item(PK, s("a"))),
                        new TransactWriteItem.Put(
                                table,
                                item(PK, s("b")),
                                Optional.of("attribute_exists(pk)"),
                                Map.of(),
                                item(":unused", n("1")),
                                null)),
                "Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
        assertValidationError(
                () -> write(putAction(table, item(PK, s("a")), "attribute_exists(#missing)")),
                "Invalid ConditionExpression: An expression attribute name used in the document path is not defined;"
                        + " attribute name: #missing");
        assertThat(get(table, key("a"))).isEmpty();
    }

    @Test
    void conditionCheck_withoutCondition_isRefused() {
        String table = createHashTable("tx-check-without");

        assertValidationError(
                () -> write(new TransactWriteItem.ConditionCheck(
                        table, key("a"), Optional.empty(), Map.of(), Map.of(), null)),
                "1 validation error detected: Value null at 'transactItems.1.member.conditionCheck.conditionExpression'"
                        + " failed to satisfy constraint: Member must not be null");
    }

    @Test
    void emptyKeyValue_refusesTheWholeRequest() {
        String table = createHashTable("tx-empty-key");

        assertValidationError(
                () -> write(putAction(table, item(PK, s("fine"))), putAction(table, item(PK, s("")))),
                "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an"
                        + " empty string value. Key: pk");
        assertThat(get(table, key("fine"))).isEmpty();
    }

    @Test
    void twoActionsOnOneItem_areRefused() {
        String table = createHashTable("tx-one-item");
        String other = createHashTable("tx-one-item");

        assertValidationError(() -> write(putAction(table, key("a")), putAction(table, key("a"))), ONE_ITEM);
        assertValidationError(() -> write(putAction(table, key("a")), deleteAction(table, key("a"))), ONE_ITEM);
        assertValidationError(
                () -> write(
                        putAction(table, key("a")),
                        checkAction(table, key("b"), "attribute_not_exists(pk)", null),
                        checkAction(table, key("b"), "attribute_not_exists(pk)", null)),
                ONE_ITEM);
        // A Put and a ConditionCheck of one item are two operations on it too (research §1.14 and §3a: Alternator's
        // test_transact_write_items_multi_action_conflict passes on AWS). DynamoDB Local was observed to run such a
        // transaction, detecting one item only among writes or among two ConditionChecks.
        assertValidationError(
                () -> write(putAction(table, key("c")), checkAction(table, key("c"), "attribute_not_exists(pk)", null)),
                ONE_ITEM);
        write(
                putAction(table, item(PK, s("d"), "in", s("first"))),
                putAction(other, item(PK, s("d"), "in", s("second"))));

        assertThat(get(table, key("a"))).as("nothing applied").isEmpty();
        assertThat(get(table, key("d")))
                .as("one key in two tables is two items")
                .isPresent();
        assertThat(get(other, key("d"))).isPresent();
    }

    @Test
    void actionCount_mustBeFrom1To100() {
        String table = createHashTable("tx-count");
        List<TransactWriteItem> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(putAction(table, key("item-" + i)));
        }

        assertValidationError(
                () -> store().transactWriteItems(TransactWriteItemsRequest.of(List.of())),
                "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must"
                        + " have length greater than or equal to 1");
        // DynamoDB echoes the actions in its own internal form; the shape around them is [CONF]'s.
        assertThatThrownBy(() -> store().transactWriteItems(TransactWriteItemsRequest.of(tooMany)))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessageStartingWith("1 validation error detected: Value '[")
                .hasMessageEndingWith("]' at 'transactItems' failed to satisfy constraint: Member must have length"
                        + " less than or equal to 100");
        assertThat(get(table, key("item-0"))).isEmpty();
    }

    @Test
    void requestOver4MB_isRefused_butA3MBOneIsApplied() {
        String table = createHashTable("tx-payload");
        String large = "x".repeat(390_000);
        List<TransactWriteItem> under = new ArrayList<>();
        List<TransactWriteItem> over = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            TransactWriteItem action = putAction(table, item(PK, s("item-" + i), "v", s(large)));
            over.add(action);
            if (i < 8) {
                under.add(action);
            }
        }

        Throwable thrown = catchThrowable(() -> store().transactWriteItems(TransactWriteItemsRequest.of(over)));
        store().transactWriteItems(TransactWriteItemsRequest.of(under));

        assertThat(thrown).isExactlyInstanceOf(io.tabletheory.api.error.ValidationException.class);
        assertThat(DynamoErrors.normalise(thrown.getMessage()))
                .matches("Transaction payload size cannot exceed 4MB\\. Payload Size: [0-9]+");
        assertThat(get(table, key("item-7"))).isPresent();
        assertThat(get(table, key("item-8"))).isEmpty();
    }

    @Test
    void missingTable_failsWithResourceNotFound_andAppliesNothing() {
        String table = createHashTable("tx-missing");

        assertError(
                ResourceNotFoundException.class,
                () -> write(putAction(table, key("a")), putAction(uniqueTableName("tx-none"), key("a"))),
                "Requested resource not found");
        assertThat(get(table, key("a"))).isEmpty();
    }

    // ----- ClientRequestToken -----

    @Test
    void repeatedToken_withTheSameRequest_succeedsWithoutApplyingAgain() {
        String table = createHashTable("tx-token");
        put(table, item(PK, s("counter"), "count", n("0")));
        TransactWriteItemsRequest increment = new TransactWriteItemsRequest(
                List.of(increment(table, key("counter"), "ADD #c :one")),
                Optional.of(randomToken()),
                ReturnConsumedCapacity.NONE);

        store().transactWriteItems(increment);
        store().transactWriteItems(increment);
        store().transactWriteItems(TransactWriteItemsRequest.of(increment.transactItems()));

        assertThat(get(table, key("counter")))
                .as("the repeat with the token is not applied; the one without a token is")
                .contains(item(PK, s("counter"), "count", n("2")));
    }

    @Test
    void repeatedToken_withAnotherRequest_failsWithIdempotentParameterMismatch() {
        String table = createHashTable("tx-token-mismatch");
        String token = randomToken();
        store().transactWriteItems(new TransactWriteItemsRequest(
                List.of(putAction(table, key("a"))), Optional.of(token), ReturnConsumedCapacity.NONE));

        Throwable thrown = catchThrowable(() -> store().transactWriteItems(new TransactWriteItemsRequest(
                List.of(putAction(table, key("b"))), Optional.of(token), ReturnConsumedCapacity.NONE)));

        assertThat(thrown).isExactlyInstanceOf(IdempotentParameterMismatchException.class);
        assertThat(get(table, key("b"))).isEmpty();
    }

    @Test
    void token_over36Characters_isRefused() {
        String table = createHashTable("tx-token-length");
        String token = "t".repeat(37);

        assertValidationError(
                () -> store().transactWriteItems(new TransactWriteItemsRequest(
                        List.of(putAction(table, key("a"))), Optional.of(token), ReturnConsumedCapacity.NONE)),
                "1 validation error detected: Value '" + token + "' at 'clientRequestToken' failed to satisfy"
                        + " constraint: Member must have length less than or equal to 36");
        store().transactWriteItems(new TransactWriteItemsRequest(
                List.of(putAction(table, key("a"))),
                Optional.of(randomToken().substring(0, 36)),
                ReturnConsumedCapacity.NONE));
        assertThat(get(table, key("a"))).isPresent();
    }

    // ----- consumed capacity -----

    @Test
    void consumedCapacity_isReportedPerTable() {
        // Only the tables are compared: DynamoDB Local's capacity values differ (research §3a, §3c); the emulator's
        // own tests check its values.
        String hash = createHashTable("tx-capacity");
        String range = createHashRangeTable("tx-capacity");

        TransactWriteItemsResult written = store().transactWriteItems(new TransactWriteItemsRequest(
                List.of(putAction(hash, key("a")), putAction(hash, key("b")), putAction(range, key("a", 1))),
                Optional.empty(),
                ReturnConsumedCapacity.TOTAL));
        TransactGetItemsResult read = store().transactGetItems(new TransactGetItemsRequest(
                List.of(TransactGetItem.of(hash, key("a")), TransactGetItem.of(range, key("a", 1))),
                ReturnConsumedCapacity.TOTAL));

        assertThat(written.consumedCapacity())
                .extracting(ConsumedCapacity::tableName)
                .containsExactlyInAnyOrder(hash, range);
        assertThat(read.consumedCapacity())
                .extracting(ConsumedCapacity::tableName)
                .containsExactlyInAnyOrder(hash, range);
    }

    // ----- TransactGetItems -----

    @Test
    void transactGet_answersInRequestOrder_withProjectionsAndEmptySlotsForMissingItems() {
        String hash = createHashTable("tx-get");
        String range = createHashRangeTable("tx-get");
        put(hash, item(PK, s("a"), "name", s("Ann"), "age", n("40")));
        put(range, item(PK, s("a"), SK, n("1"), "m", AttributeValue.ofMap(item("x", n("1"), "y", n("2")))));

        TransactGetItemsResult result = read(
                TransactGetItem.of(range, key("a", 1)),
                TransactGetItem.of(hash, key("nobody")),
                new TransactGetItem(hash, key("a"), Optional.of("#n"), Map.of("#n", "name")),
                new TransactGetItem(range, key("a", 2), Optional.of("m"), Map.of()),
                TransactGetItem.of(hash, key("b")));

        assertThat(result.responses())
                .containsExactly(
                        Optional.of(item(
                                PK, s("a"), SK, n("1"), "m", AttributeValue.ofMap(item("x", n("1"), "y", n("2"))))),
                        Optional.empty(),
                        Optional.of(item("name", s("Ann"))),
                        Optional.empty(),
                        Optional.empty());
        assertThat(result.consumedCapacity()).isEmpty();
    }

    @Test
    void transactGet_ofOneItemTwice_isRefused() {
        String table = createHashTable("tx-get-twice");

        assertValidationError(
                () -> read(TransactGetItem.of(table, key("a")), TransactGetItem.of(table, key("a"))), ONE_ITEM);
    }

    @Test
    void transactGet_readCount_mustBeFrom1To100() {
        String table = createHashTable("tx-get-count");
        List<TransactGetItem> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(TransactGetItem.of(table, key("item-" + i)));
        }

        assertValidationError(
                () -> store().transactGetItems(new TransactGetItemsRequest(List.of(), ReturnConsumedCapacity.NONE)),
                "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must"
                        + " have length greater than or equal to 1");
        assertThatThrownBy(() ->
                        store().transactGetItems(new TransactGetItemsRequest(tooMany, ReturnConsumedCapacity.NONE)))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessageStartingWith("1 validation error detected: Value '[")
                .hasMessageEndingWith("]' at 'transactItems' failed to satisfy constraint: Member must have length"
                        + " less than or equal to 100");
    }

    @Test
    void transactGet_withAKeyNotMatchingTheSchema_isCancelled() {
        String table = createHashTable("tx-get-bad-key");

        TransactionCanceledException cancelled =
                cancelled(() -> read(TransactGetItem.of(table, key("a")), TransactGetItem.of(table, item(PK, n("1")))));

        // DynamoDB cancels with a ValidationError reason for the malformed read and None for the others (research
        // §1.14 and §3a: [CONF] transactGetItems.test.ts records AWS's answer). DynamoDB Local was recorded to give
        // "The number of conditions on the keys is invalid" and no cancellation reasons.
        assertCodes(cancelled, "None", VALIDATION_ERROR);
        assertMessage(cancelled.reasons().get(1).message(), "The provided key element does not match the schema");
    }

    @Test
    void transactGet_ofAMissingTable_failsWithResourceNotFound() {
        assertError(
                ResourceNotFoundException.class,
                () -> read(TransactGetItem.of(uniqueTableName("tx-none"), key("a"))),
                "Requested resource not found");
    }
}
