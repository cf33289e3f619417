package io.tabletheory.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.tabletheory.RetryPolicy;
import io.tabletheory.TableTheory;
import io.tabletheory.api.error.BatchIncompleteException;
import io.tabletheory.api.error.ThrottlingException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.Tag;
import io.tabletheory.api.table.UpdateTableRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.testkit.contract.models.Member;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The fault-injecting store around the emulator, and model batches under its faults: half of every batch left
 * unprocessed, throttled and refused requests. Nothing really sleeps.
 */
class FaultInjectingStoreTest {
    private static TableTheory db(FaultInjectingStore store, int attempts) {
        return TableTheory.builder()
                .store(store)
                .batchRetry(
                        RetryPolicy.batchDefaults().withMaxAttempts(attempts).withSleeper(duration -> {}))
                .build();
    }

    private static FaultInjectingStore storeWithMembers() {
        FaultInjectingStore store = FaultInjectingStore.wrap(InMemoryDynamoStore.create());
        TableTheory.builder().store(store.delegate()).build().createTable(Member.class);
        return store;
    }

    private static List<Member> members(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> Member.of("m" + i, "m" + i + "@example.com"))
                .toList();
    }

    private static Set<String> storedIds(FaultInjectingStore store) {
        Set<String> ids = new HashSet<>();
        TableTheory.builder()
                .store(store.delegate())
                .build()
                .model(Member.class)
                .scan()
                .forEach(member -> ids.add(member.id()));
        return ids;
    }

    @Test
    void forwarded_keepsAtLeastOneEntryOfANonEmptyRequest() {
        assertThat(PartialBatches.forwarded(25, 50)).isEqualTo(13);
        assertThat(PartialBatches.forwarded(100, 50)).isEqualTo(50);
        assertThat(PartialBatches.forwarded(1, 100)).isEqualTo(1);
        assertThat(PartialBatches.forwarded(0, 50)).isZero();
        assertThat(PartialBatches.forwarded(7, 0)).isEqualTo(7);
    }

    @Test
    void withHalfOfEveryBatchUnprocessed_aTenThousandItemBatchCreateStoresEveryItem_andBatchGetReadsThemInOrder() {
        FaultInjectingStore store = storeWithMembers().leavingUnprocessed(50);
        List<Member> items = members(10_000);

        db(store, RetryPolicy.BATCH_MAX_ATTEMPTS).model(Member.class).batchCreate(items);

        assertThat(storedIds(store)).hasSize(10_000);
        assertThat(store.calls(Operation.BATCH_WRITE_ITEM)).isGreaterThan(400 * 4);
        List<Member> found =
                db(store, RetryPolicy.BATCH_MAX_ATTEMPTS).model(Member.class).batchGet(items.subList(0, 1_000));
        assertThat(found)
                .extracting(Member::id)
                .containsExactlyElementsOf(
                        items.subList(0, 1_000).stream().map(Member::id).toList());
    }

    @Test
    void withABudgetTooSmall_theExceptionHandsBackExactlyTheItemsNotStored() {
        qt().withExamples(60)
                .forAll(
                        integers().between(1, 400),
                        integers().between(1, 4),
                        integers().between(10, 90))
                .checkAssert((count, attempts, percent) -> {
                    FaultInjectingStore store = storeWithMembers().leavingUnprocessed(percent);
                    List<Member> items = members(count);

                    BatchIncompleteException incomplete = catchThrowableOfType(
                            BatchIncompleteException.class,
                            () -> db(store, attempts).model(Member.class).batchCreate(items));

                    Set<String> stored = storedIds(store);
                    List<String> missing = incomplete == null
                            ? List.of()
                            : incomplete.unprocessed(Member.class).stream()
                                    .map(Member::id)
                                    .toList();
                    assertThat(missing)
                            .isEqualTo(items.stream()
                                    .map(Member::id)
                                    .filter(id -> !stored.contains(id))
                                    .toList());
                    assertThat(stored.size() + missing.size()).isEqualTo(count);
                });
    }

    @Test
    void aThrottledBatchWrite_isRetried() {
        FaultInjectingStore store = storeWithMembers().throttling(Operation.BATCH_WRITE_ITEM, 1);

        db(store, 3).model(Member.class).batchCreate(members(10));

        assertThat(storedIds(store)).hasSize(10);
        assertThat(store.calls(Operation.BATCH_WRITE_ITEM)).isEqualTo(2);
    }

    @Test
    void aBatchThrottledOnEveryAttempt_handsBackEveryKey_withTheThrottlingAsCause() {
        FaultInjectingStore store =
                storeWithMembers().throttling(Operation.BATCH_GET_ITEM, 1).throttling(Operation.BATCH_GET_ITEM, 2);
        List<Member> keys = members(10);

        BatchIncompleteException incomplete = catchThrowableOfType(
                BatchIncompleteException.class,
                () -> db(store, 2).model(Member.class).batchGet(keys));

        assertThat(incomplete.unprocessed(Member.class)).containsExactlyElementsOf(keys);
        assertThat(incomplete.found()).isEmpty();
        assertThat(incomplete).hasCauseInstanceOf(ThrottlingException.class);
    }

    @Test
    void aRefusedRequest_stopsTheBatch_handingBackEveryItemNotWritten() {
        FaultInjectingStore store = storeWithMembers()
                .failing(Operation.BATCH_WRITE_ITEM, 2, () -> new ValidationException("Injected: refused"));
        List<Member> items = members(60);

        BatchIncompleteException incomplete = catchThrowableOfType(
                BatchIncompleteException.class,
                () -> db(store, 3).model(Member.class).batchCreate(items));

        assertThat(incomplete.unprocessed(Member.class)).containsExactlyElementsOf(items.subList(25, 60));
        assertThat(incomplete).hasCauseInstanceOf(ValidationException.class);
        assertThat(storedIds(store)).hasSize(25);
    }

    @Test
    void aConflictingTransaction_failsOnlyTheCallChosen() {
        FaultInjectingStore store = storeWithMembers().conflictingTransaction(2);
        TransactWriteItemsRequest put = TransactWriteItemsRequest.of(List.of(new TransactWriteItem.Put(
                "tt-contract-members",
                Map.of("id", AttributeValue.ofString("m1"), "sk", AttributeValue.ofString("PROFILE")),
                Optional.empty(),
                Map.of(),
                Map.of(),
                null)));

        store.transactWriteItems(put);
        TransactionCanceledException conflict =
                catchThrowableOfType(TransactionCanceledException.class, () -> store.transactWriteItems(put));
        store.transactWriteItems(put);

        assertThat(conflict.reasons()).extracting(CancellationReason::code).containsExactly("TransactionConflict");
        assertThat(conflict)
                .hasMessageStartingWith(
                        "Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict]");
        assertThat(store.calls(Operation.TRANSACT_WRITE_ITEMS)).isEqualTo(3);
        assertThat(store.calls(Operation.CREATE_TABLE)).isZero();
    }

    @Test
    void everyPortMethod_isForwardedByTheStoreItself_notLeftToAPortDefault() throws NoSuchMethodException {
        for (java.lang.reflect.Method method : DynamoStore.class.getMethods()) {
            if (java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            assertThat(FaultInjectingStore.class
                            .getMethod(method.getName(), method.getParameterTypes())
                            .getDeclaringClass())
                    .as("FaultInjectingStore must forward %s", method.getName())
                    .isEqualTo(FaultInjectingStore.class);
        }
    }

    @Test
    void tableChangesAndTags_reachTheDelegate_andAreCounted() {
        FaultInjectingStore store = FaultInjectingStore.wrap(InMemoryDynamoStore.create());
        store.createTable(CreateTableRequest.builder("faulty")
                .partitionKey("pk", ScalarAttributeType.S)
                .build());
        String arn = store.describeTable("faulty").tableArn().orElseThrow();

        store.updateTable(UpdateTableRequest.builder("faulty")
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(new ProvisionedThroughput(1, 1))
                .build());
        store.tagResource(arn, List.of(new Tag("a", "1"), new Tag("b", "2")));
        store.untagResource(arn, List.of("a"));

        assertThat(store.listTagsOfResource(arn)).containsExactly(new Tag("b", "2"));
        assertThat(store.delegate().describeTable("faulty").billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(store.calls(Operation.UPDATE_TABLE)).isEqualTo(1);
        assertThat(store.calls(Operation.TAG_RESOURCE)).isEqualTo(1);
        assertThat(store.calls(Operation.UNTAG_RESOURCE)).isEqualTo(1);
        assertThat(store.calls(Operation.LIST_TAGS_OF_RESOURCE)).isEqualTo(1);
    }

    @Test
    void conflictingTransactions_cancelAnEvenlySpreadShare_beforeApplyingThem() {
        FaultInjectingStore store = storeWithMembers().conflictingTransactions(25);
        int canceled = 0;
        for (int i = 0; i < 40; i++) {
            TransactWriteItemsRequest put = TransactWriteItemsRequest.of(List.of(new TransactWriteItem.Put(
                    "tt-contract-members",
                    Map.of("id", AttributeValue.ofString("m" + i), "sk", AttributeValue.ofString("PROFILE")),
                    Optional.empty(),
                    Map.of(),
                    Map.of(),
                    null)));
            try {
                store.transactWriteItems(put);
            } catch (TransactionCanceledException expected) {
                canceled++;
                assertThat(i % 4).isEqualTo(3);
            }
        }

        assertThat(canceled).isEqualTo(10);
        assertThat(store.delegate()
                        .scan(ScanRequest.builder("tt-contract-members").build())
                        .items())
                .hasSize(30);
    }

    @Test
    void failingAfterApplying_appliesTheCallAndThenThrows() {
        FaultInjectingStore store = storeWithMembers()
                .failingAfterApplying(Operation.PUT_ITEM, 1, () -> new ThrottlingException("response lost"));
        Map<String, AttributeValue> item =
                Map.of("id", AttributeValue.ofString("m1"), "sk", AttributeValue.ofString("PROFILE"));

        assertThatThrownBy(() -> store.putItem(
                        PutItemRequest.builder("tt-contract-members", item).build()))
                .isInstanceOf(ThrottlingException.class)
                .hasMessage("response lost");

        assertThat(store.delegate()
                        .getItem(GetItemRequest.builder("tt-contract-members", item)
                                .build())
                        .item())
                .contains(item);
    }
}
