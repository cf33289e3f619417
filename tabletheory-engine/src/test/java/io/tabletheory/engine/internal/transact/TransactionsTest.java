package io.tabletheory.engine.internal.transact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tabletheory.RetryPolicy;
import io.tabletheory.TableTheory;
import io.tabletheory.TransactCondition;
import io.tabletheory.TransactGetResult;
import io.tabletheory.TransactWriteResult;
import io.tabletheory.TransactionActionReason;
import io.tabletheory.TransactionFailedException;
import io.tabletheory.api.error.ThrottlingException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.fixtures.Account;
import io.tabletheory.engine.fixtures.Order;
import io.tabletheory.engine.fixtures.RecordingStore;
import io.tabletheory.engine.fixtures.User;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Transactions of models against a recording fake: the request each builder call makes (lifecycle fields, versions,
 * conditions, one token), the checks made before sending, which cancellations are retried and how, and how reasons
 * map back to actions. End to end on real backends: the testkit's ModelTransactionContract.
 */
class TransactionsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final User ADA = new User("ada", "PROFILE", "ada@example.com", null, Set.of(), 3, null, null, null);

    private final RecordingStore store = new RecordingStore();
    private final List<Duration> sleeps = new ArrayList<>();
    private final TableTheory db = TableTheory.builder()
            .store(store)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .transactionRetry(RetryPolicy.transactionDefaults().withSleeper(sleeps::add))
            .build();

    private static AttributeValue s(String value) {
        return AttributeValue.ofString(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.ofNumber(value);
    }

    private static TransactionCanceledException canceled(String... codes) {
        return new TransactionCanceledException(
                "Transaction cancelled, please refer cancellation reasons for specific reasons " + List.of(codes),
                java.util.Arrays.stream(codes)
                        .map(code -> CancellationReason.of(code, code.equals("None") ? "" : "because " + code))
                        .toList());
    }

    private TransactWriteItemsRequest sent() {
        return store.last(TransactWriteItemsRequest.class);
    }

    @Test
    void eachActionIsTheSingleWritesPlan_inOrder_underOneToken() {
        Account source = new Account("a1", new BigDecimal("75"));

        TransactWriteResult result = db.transactWrite(tx -> tx.create(User.of("new", "new@example.com"))
                .update(ADA, "email")
                .delete(source)
                .conditionCheck(new Order("c1", "o1", null, null, null, null), TransactCondition.ifExists()));

        TransactWriteItemsRequest request = sent();
        assertThat(request.clientRequestToken()).get().asString().hasSize(36);
        assertThat(result.idempotencyToken())
                .isEqualTo(request.clientRequestToken().get());
        List<TransactWriteItem> items = request.transactItems();
        assertThat(items).hasSize(4);

        TransactWriteItem.Put create = (TransactWriteItem.Put) items.get(0);
        assertThat(create.item())
                .containsEntry("version", n("0"))
                .containsEntry("createdAt", s("2026-12-06T10:00:00Z"))
                .containsEntry("updatedAt", s("2026-12-06T10:00:00Z"));
        assertThat(create.conditionExpression()).contains("attribute_not_exists(#n0)");
        assertThat(create.returnValuesOnConditionCheckFailure()).isEqualTo(ReturnValuesOnConditionCheckFailure.ALL_OLD);

        TransactWriteItem.Update update = (TransactWriteItem.Update) items.get(1);
        assertThat(update.key()).isEqualTo(Map.of("id", s("ada"), "sk", s("PROFILE")));
        assertThat(update.updateExpression()).contains("ADD").contains("SET");
        assertThat(update.conditionExpression()).isPresent();
        assertThat(update.expressionAttributeValues()).containsValue(n("3")).containsValue(s("ada@example.com"));

        TransactWriteItem.Delete delete = (TransactWriteItem.Delete) items.get(2);
        assertThat(delete.key()).isEqualTo(Map.of("PK", s("a1")));
        assertThat(delete.conditionExpression()).isPresent();
        assertThat(delete.expressionAttributeValues()).containsValue(AttributeValue.ofNull());

        TransactWriteItem.ConditionCheck check = (TransactWriteItem.ConditionCheck) items.get(3);
        assertThat(check.conditionExpression()).contains("attribute_exists(#n0)");
        assertThat(check.expressionAttributeNames()).isEqualTo(Map.of("#n0", "customerId"));
    }

    @Test
    void writtenInstances_carryTheLifecycleValues_andBeansGetThemOnlyAfterSuccess() {
        Account bean = new Account("a1", BigDecimal.TEN);
        User created = User.of("u1", "u1@example.com");

        TransactWriteResult result =
                db.transactWrite(tx -> tx.put(bean).create(created).update(ADA));

        assertThat(bean.getVersion()).isZero();
        assertThat(bean.getCreatedAt()).isEqualTo(NOW);
        assertThat(result.written(bean)).isSameAs(bean);
        assertThat(result.written(created).version()).isZero();
        assertThat(result.written(created).createdAt()).isEqualTo(NOW);
        assertThat(result.written(ADA).version()).isEqualTo(4);
        assertThat(result.written(ADA).updatedAt()).isEqualTo(NOW);
        assertThat(result.written(ADA).createdAt()).isNull();
        assertThatThrownBy(() -> result.written(User.of("u1", "u1@example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was not");

        Account untouched = new Account("a2", BigDecimal.ONE);
        store.failInTurnWith(canceled("ConditionalCheckFailed"));
        assertThatThrownBy(() -> db.transactWrite(tx -> tx.put(untouched)))
                .isInstanceOf(TransactionFailedException.class);
        assertThat(untouched.getVersion()).isNull();
    }

    @Test
    void conditions_areAndedAfterTheOnesTableTheoryAdds() {
        db.transactWrite(tx -> tx.put(
                        User.of("u1", "a@example.com"),
                        TransactCondition.ifExists(),
                        TransactCondition.atVersion(7),
                        TransactCondition.withCondition("email", "begins_with", "a"),
                        TransactCondition.withExpression("size(tags) < :most", Map.of(":most", 5)),
                        TransactCondition.withExpression("attribute_exists(nickname)", Map.of()))
                .create(User.of("u2", null), TransactCondition.withCondition("nickname", "not_exists", null)));

        TransactWriteItem.Put put =
                (TransactWriteItem.Put) sent().transactItems().get(0);
        assertThat(put.conditionExpression())
                .contains("(attribute_exists(#n0) AND #n1 = :v0 AND begins_with(#n2, :v1)) AND ((size(tags) < :most)"
                        + " AND (attribute_exists(nickname)))");
        assertThat(put.expressionAttributeValues())
                .containsEntry(":v0", n("7"))
                .containsEntry(":v1", s("a"))
                .containsEntry(":most", n("5"));
        TransactWriteItem.Put create =
                (TransactWriteItem.Put) sent().transactItems().get(1);
        assertThat(create.conditionExpression()).contains("attribute_not_exists(#n0) AND attribute_not_exists(#n1)");
    }

    @Test
    void updateWithBuilder_sendsTheBuildersChanges_withVersionAndTimestamp() {
        db.transactWrite(tx -> tx.updateWithBuilder(
                User.of("u1", null),
                update -> update.add("tags", "vip").condition("email", "exists", null),
                TransactCondition.atVersion(2)));

        TransactWriteItem.Update update =
                (TransactWriteItem.Update) sent().transactItems().get(0);
        assertThat(update.key()).isEqualTo(Map.of("id", s("u1"), "sk", s("PROFILE")));
        assertThat(update.updateExpression()).contains("ADD #n0 :v0").contains("SET");
        assertThat(update.conditionExpression())
                .get()
                .asString()
                .contains("attribute_exists")
                .contains(" = :v");
    }

    @Test
    void updateWithBuilder_refusesExecuteAndEmptyChanges() {
        assertThatThrownBy(() -> db.transactWrite(tx -> tx.updateWithBuilder(User.of("u1", null), update -> {
                    update.set("email", "x@example.com").execute();
                    return update;
                })))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("execute() does not apply inside transactWrite");
        assertThatThrownBy(() -> db.transactWrite(tx -> tx.updateWithBuilder(User.of("u1", null), update -> update)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changes nothing");
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void theShapeIsCheckedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> db.transactWrite(tx -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs at least one action");
        assertThatThrownBy(() ->
                        db.transactWrite(tx -> IntStream.range(0, 101).forEach(i -> tx.put(User.of("u" + i, null)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 100 actions")
                .hasMessageContaining("this one has 101");
        assertThatThrownBy(() -> db.transactWrite(
                        tx -> tx.put(User.of("u1", null)).update(ADA).delete(User.of("u1", "other@example.com"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "actions 0 (put of User {id=\"u1\", sk=\"PROFILE\"} in table users) and 2 (delete of"
                                + " User {id=\"u1\", sk=\"PROFILE\"} in table users) name the same item");
        assertThatThrownBy(() -> db.transactWrite(tx -> tx.conditionCheck(ADA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs at least one condition");
        assertThatThrownBy(() -> db.transactWrite(
                        tx -> tx.put(new Order("c", "o", null, null, null, null), TransactCondition.atVersion(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a @Version field");
        assertThatThrownBy(
                        () -> db.transactWrite(tx -> tx.put(User.of("u1", null)).idempotencyToken("x".repeat(37))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 36 characters");
        assertThatThrownBy(() -> db.transactWrite(tx -> tx.put(User.of(null, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whose key User.id is null");
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void transientCancellations_areRetriedWithTheSameRequestAndToken_withBackoff() {
        store.failInTurnWith(
                canceled("None", "TransactionConflict"),
                new ThrottlingException("slow down"),
                canceled("ThrottlingError", "None"));

        db.transactWrite(tx -> tx.put(User.of("u1", null)).put(User.of("u2", null)));

        List<Object> requests = store.requests();
        assertThat(requests).hasSize(4).allSatisfy(request -> assertThat(request)
                .isEqualTo(requests.get(0)));
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
        assertThat(sleeps.get(2)).isBetween(Duration.ZERO, Duration.ofMillis(400));
    }

    @Test
    void aFailedCondition_isNeverRetried_andItsReasonNamesTheAction() {
        Map<String, AttributeValue> stored = Map.of("id", s("ada"), "sk", s("PROFILE"), "version", n("5"));
        store.failInTurnWith(new TransactionCanceledException(
                "Transaction cancelled, please refer cancellation reasons for specific reasons"
                        + " [None, ConditionalCheckFailed, TransactionConflict]",
                List.of(
                        CancellationReason.of("None", ""),
                        new CancellationReason("ConditionalCheckFailed", "The conditional request failed", stored),
                        CancellationReason.of("TransactionConflict", "Transaction is ongoing for the item"))));

        TransactionFailedException failed = catchThrowableOfType(
                TransactionFailedException.class,
                () -> db.transactWrite(tx ->
                        tx.create(User.of("u1", null)).update(ADA, "email").delete(new Account("a1", null))));

        assertThat(store.requests()).hasSize(1);
        assertThat(sleeps).isEmpty();
        assertThat(failed.actions()).hasSize(3);
        assertThat(failed.failures()).extracting(TransactionActionReason::index).containsExactly(1, 2);
        TransactionActionReason update = failed.failures().get(0);
        assertThat(update.action()).isEqualTo("update");
        assertThat(update.modelType()).isEqualTo(User.class);
        assertThat(update.tableName()).isEqualTo("users");
        assertThat(update.key()).isEqualTo(Map.of("id", s("ada"), "sk", s("PROFILE")));
        assertThat(update.conditionFailed()).isTrue();
        assertThat(db.model(User.class).storedItem(update))
                .get()
                .extracting(User::version)
                .isEqualTo(5L);
        assertThat(failed.reasons())
                .extracting(CancellationReason::code)
                .containsExactly("None", "ConditionalCheckFailed", "TransactionConflict");
        assertThat(failed)
                .hasMessageContaining("nothing was written")
                .hasMessageContaining("action 1 (update of User {id=\"ada\", sk=\"PROFILE\"} in table users)"
                        + " ConditionalCheckFailed: The conditional request failed")
                .hasMessageContaining("action 2 (delete of Account {PK=\"a1\"} in table Accounts) TransactionConflict");
        assertThatThrownBy(() -> db.model(Account.class).storedItem(update))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was of User");
    }

    @Test
    void whenTheBudgetRunsOut_theLastCancellationIsReported() {
        store.failInTurnWith(IntStream.range(0, RetryPolicy.TRANSACTION_MAX_ATTEMPTS)
                .mapToObj(i -> canceled("TransactionConflict"))
                .toArray(RuntimeException[]::new));

        TransactionFailedException failed = catchThrowableOfType(
                TransactionFailedException.class, () -> db.transactWrite(tx -> tx.put(User.of("u1", null))));

        assertThat(store.requests()).hasSize(RetryPolicy.TRANSACTION_MAX_ATTEMPTS);
        assertThat(sleeps).hasSize(RetryPolicy.TRANSACTION_MAX_ATTEMPTS - 1);
        assertThat(failed.failures())
                .singleElement()
                .extracting(TransactionActionReason::code)
                .isEqualTo("TransactionConflict");
    }

    @Test
    void otherErrors_passThroughUnretried() {
        store.failInTurnWith(new ValidationException("Transaction request cannot include multiple operations"));

        assertThatThrownBy(() -> db.transactWrite(tx -> tx.put(User.of("u1", null))))
                .isInstanceOf(ValidationException.class);
        assertThat(store.requests()).hasSize(1);
    }

    @Test
    void aChosenIdempotencyToken_isSent() {
        db.transactWrite(tx -> tx.put(User.of("u1", null)).idempotencyToken("order-42"));

        assertThat(sent().clientRequestToken()).contains("order-42");
    }

    @Test
    void transactGet_readsEveryKeyInOrder_andTypesTheItems() {
        Map<String, AttributeValue> adaItem = db.model(User.class)
                .toItem(new User("ada", "PROFILE", "ada@example.com", null, Set.of(), 2, NOW, NOW, null));
        store.answerTransactGetWith(List.of(Optional.of(adaItem), Optional.empty()));
        User adaKey = User.of("ada", null);
        Account missing = new Account("a9", null);

        TransactGetResult read = db.transactGet(tx -> tx.get(adaKey).get(missing));

        TransactGetItemsRequest request = store.last(TransactGetItemsRequest.class);
        assertThat(request.transactItems()).extracting(item -> item.tableName()).containsExactly("users", "Accounts");
        assertThat(request.transactItems().get(1).key()).isEqualTo(Map.of("PK", s("a9")));
        assertThat(read.get(0, User.class)).get().extracting(User::email).isEqualTo("ada@example.com");
        assertThat(read.get(adaKey)).get().extracting(User::version).isEqualTo(2L);
        assertThat(read.get(User.of("ada", "any@example.com")))
                .get()
                .extracting(User::createdAt)
                .isEqualTo(NOW);
        assertThat(read.get(missing)).isEmpty();
        assertThat(read.items()).hasSize(2);
        assertThatThrownBy(() -> read.get(1, User.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was of Account");
        assertThatThrownBy(() -> read.get(User.of("grace", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no read");
    }

    @Test
    void transactGet_refusesRepeatedKeys_andRetriesTransientCancellations() {
        assertThatThrownBy(
                        () -> db.transactGet(tx -> tx.get(User.of("u1", null)).get(User.of("u1", "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reads 0 (get of User {id=\"u1\", sk=\"PROFILE\"} in table users) and 1");

        store.answerTransactGetWith(List.of(Optional.empty()));
        store.failInTurnWith(canceled("TransactionConflict"));
        assertThat(db.transactGet(tx -> tx.get(User.of("u1", null))).items()).containsExactly(Optional.empty());
        assertThat(store.requests()).hasSize(2);
    }

    @Test
    void onlyConflictsAndThrottlingAreTransient() {
        assertThat(TransactionRetries.isTransient(
                        canceled("None", "TransactionConflict").reasons()))
                .isTrue();
        assertThat(TransactionRetries.isTransient(
                        canceled("ProvisionedThroughputExceeded").reasons()))
                .isTrue();
        assertThat(TransactionRetries.isTransient(canceled("None").reasons())).isFalse();
        assertThat(TransactionRetries.isTransient(List.of())).isFalse();
        assertThat(TransactionRetries.isTransient(
                        canceled("TransactionConflict", "ValidationError").reasons()))
                .isFalse();
        assertThat(TransactionRetries.isTransient(
                        canceled("ItemCollectionSizeLimitExceeded").reasons()))
                .isFalse();
    }
}
