package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.TransactCondition;
import io.tabletheory.TransactGetResult;
import io.tabletheory.TransactWriteResult;
import io.tabletheory.TransactionActionReason;
import io.tabletheory.TransactionFailedException;
import io.tabletheory.api.error.ThrottlingException;
import io.tabletheory.testkit.contract.models.Account;
import io.tabletheory.testkit.contract.models.Transfer;
import io.tabletheory.testkit.contract.models.Wallet;
import io.tabletheory.testkit.fault.FaultInjectingStore;
import io.tabletheory.testkit.fault.Operation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Model transactions end to end on a backend: a transfer with its audit record applied atomically with lifecycle
 * fields and versions; a failed condition (insufficient funds, a stale version, an existing key) cancelling
 * everything and naming its action and stored item; condition checks; typed transactGet; and, through a
 * {@link FaultInjectingStore} wrapping the backend, conflicts retried and a lost response retried under the same
 * ClientRequestToken without applying the transaction twice.
 */
public abstract class ModelTransactionContract extends ModelTablesContract {
    private static final List<Class<?>> MODELS = List.of(Account.class, Transfer.class, Wallet.class);

    @Override
    protected List<Class<?>> models() {
        return MODELS;
    }

    private Model<Account> accounts() {
        return db().model(Account.class);
    }

    private Account account(String id) {
        return accounts().consistentRead().where("id", "=", id).first();
    }

    private Optional<Transfer> transfer(String id) {
        return db().model(Transfer.class).consistentRead().where("id", "=", id).all().stream()
                .findFirst();
    }

    private static BigDecimal amount(long value) {
        return BigDecimal.valueOf(value);
    }

    /** A transfer by atomic additions, guarded by the payer's balance; needs no read. */
    private static void transfer(TableTheory db, String id, String from, String to, long value) {
        db.transactWrite(tx -> tx.updateWithBuilder(Account.key(from), update -> update.add("balance", amount(-value))
                        .condition("balance", ">=", amount(value)))
                .updateWithBuilder(Account.key(to), update -> update.add("balance", amount(value)))
                .create(Transfer.of(id, from, to, value)));
    }

    @Test
    void aTransfer_updatesBothAccountsAndWritesItsAudit_withVersionsAndTimestamps() {
        Account ada = accounts().create(Account.open("ada", 100));
        Account grace = accounts().create(Account.open("grace", 50));
        Transfer audit = Transfer.of("t1", "ada", "grace", 25);
        Account adaAfter = ada.withBalance(amount(75));

        TransactWriteResult result = db().transactWrite(tx -> tx.update(adaAfter, "balance")
                .update(grace.withBalance(amount(75)), "balance")
                .create(audit));

        assertThat(account("ada").balance()).isEqualByComparingTo("75");
        assertThat(account("ada").version()).isEqualTo(1);
        assertThat(account("ada").updatedAt()).isEqualTo(NOW);
        assertThat(account("grace").balance()).isEqualByComparingTo("75");
        assertThat(transfer("t1")).get().extracting(Transfer::at).isEqualTo(NOW);
        assertThat(result.written(adaAfter).version()).isEqualTo(1);
        assertThat(result.written(audit).at()).isEqualTo(NOW);
    }

    @Test
    void insufficientFunds_cancelTheWholeTransfer_andNameTheActionAndStoredItem() {
        accounts().create(Account.open("ada", 100));
        accounts().create(Account.open("grace", 50));

        TransactionFailedException failed =
                catchThrowableOfType(TransactionFailedException.class, () -> transfer(db(), "t1", "ada", "grace", 500));

        assertThat(failed.failures()).singleElement().satisfies(reason -> {
            assertThat(reason.index()).isZero();
            assertThat(reason.action()).isEqualTo("updateWithBuilder");
            assertThat(reason.modelType()).isEqualTo(Account.class);
            assertThat(reason.tableName()).isEqualTo("tt-contract-accounts");
            assertThat(reason.key()).containsEntry("id", s("ada"));
            assertThat(reason.conditionFailed()).isTrue();
            assertThat(accounts().storedItem(reason))
                    .get()
                    .extracting(Account::balance)
                    .isEqualTo(amount(100));
        });
        assertThat(failed.actions())
                .extracting(TransactionActionReason::code)
                .containsExactly("ConditionalCheckFailed", "None", "None");
        assertThat(failed)
                .hasMessageContaining("action 0 (updateWithBuilder of Account {id=\"ada\"} in table"
                        + " tt-contract-accounts) ConditionalCheckFailed");
        assertThat(account("ada").balance()).isEqualByComparingTo("100");
        assertThat(account("grace").balance()).isEqualByComparingTo("50");
        assertThat(transfer("t1")).isEmpty();
    }

    @Test
    void aStaleVersion_oranExistingKey_cancelsTheTransaction() {
        Account stale = accounts().create(Account.open("ada", 100));
        accounts().update(stale.withBalance(amount(90)), "balance");
        db().model(Transfer.class).create(Transfer.of("t1", "ada", "grace", 1));

        TransactionFailedException failed =
                catchThrowableOfType(TransactionFailedException.class, () -> db().transactWrite(
                                tx -> tx.create(Transfer.of("t1", "ada", "grace", 5))
                                        .update(stale.withBalance(amount(95)), "balance")));

        assertThat(failed.failures())
                .extracting(TransactionActionReason::index, TransactionActionReason::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "create"),
                        org.assertj.core.groups.Tuple.tuple(1, "update"));
        assertThat(account("ada").balance()).isEqualByComparingTo("90");
    }

    @Test
    void puts_deletesAndChecks_honourTheirConditions() {
        Account ada = accounts().create(Account.open("ada", 100));
        accounts().create(Account.open("grace", 50));

        assertThatThrownBy(
                        () -> db().transactWrite(tx -> tx.put(Account.open("nobody", 1), TransactCondition.ifExists())))
                .isInstanceOf(TransactionFailedException.class);
        assertThatThrownBy(() -> db().transactWrite(tx -> tx.conditionCheck(
                                Account.key("ada"), TransactCondition.withCondition("balance", ">", amount(100)))
                        .delete(Account.key("grace"), TransactCondition.atVersion(0))))
                .isInstanceOf(TransactionFailedException.class);

        db().transactWrite(tx -> tx.conditionCheck(
                        Account.key("ada"),
                        TransactCondition.atVersion(0),
                        TransactCondition.withExpression("balance >= :least", java.util.Map.of(":least", 100)))
                .delete(Account.key("grace"), TransactCondition.atVersion(0))
                .put(Account.open("lin", 5), TransactCondition.ifNotExists()));

        assertThat(accounts().consistentRead().batchGet(List.of(Account.key("grace"))))
                .isEmpty();
        assertThat(account("lin").balance()).isEqualByComparingTo("5");
        assertThat(account("ada")).isEqualTo(ada);
    }

    @Test
    void aBeanWrittenInATransaction_getsItsVersionAndTimestamps() {
        Wallet wallet = new Wallet("ada", new BigDecimal("12.50"));

        db().transactWrite(tx -> tx.create(wallet));

        assertThat(wallet.getVersion()).isZero();
        assertThat(wallet.getCreatedAt()).isEqualTo(NOW);
        assertThat(db().model(Wallet.class).where("owner", "=", "ada").first().getBalance())
                .isEqualByComparingTo("12.50");
    }

    @Test
    void transactGet_readsItemsOfSeveralModelsInOrder() {
        accounts().create(Account.open("ada", 100));
        db().model(Transfer.class).create(Transfer.of("t1", "ada", "grace", 1));
        Account adaKey = Account.key("ada");

        TransactGetResult read = db().transactGet(tx ->
                tx.get(adaKey).get(Transfer.of("t1", null, null, 0)).get(Account.key("missing")));

        assertThat(read.get(adaKey)).get().extracting(Account::balance).isEqualTo(amount(100));
        assertThat(read.get(1, Transfer.class)).get().extracting(Transfer::from).isEqualTo("ada");
        assertThat(read.get(2, Account.class)).isEmpty();
    }

    @Test
    void conflicts_areRetried_untilTheTransactionGoesThrough() {
        accounts().create(Account.open("ada", 100));
        accounts().create(Account.open("grace", 50));
        FaultInjectingStore faulty =
                FaultInjectingStore.wrap(store()).conflictingTransaction(1).conflictingTransaction(2);

        transfer(dbOver(faulty), "t1", "ada", "grace", 30);

        assertThat(faulty.calls(Operation.TRANSACT_WRITE_ITEMS)).isEqualTo(3);
        assertThat(account("ada").balance()).isEqualByComparingTo("70");
        assertThat(account("grace").balance()).isEqualByComparingTo("80");
    }

    @Test
    void aLostResponse_isRetriedUnderTheSameToken_andAppliedOnce() {
        accounts().create(Account.open("ada", 100));
        accounts().create(Account.open("grace", 50));
        FaultInjectingStore faulty = FaultInjectingStore.wrap(store())
                .failingAfterApplying(
                        Operation.TRANSACT_WRITE_ITEMS, 1, () -> new ThrottlingException("response lost"));

        transfer(dbOver(faulty), "t1", "ada", "grace", 30);

        assertThat(faulty.calls(Operation.TRANSACT_WRITE_ITEMS)).isEqualTo(2);
        assertThat(account("ada").balance()).isEqualByComparingTo("70");
        assertThat(account("grace").balance()).isEqualByComparingTo("80");
    }

    @Test
    void aRepeatedCallWithTheSameIdempotencyToken_isAppliedOnce() {
        accounts().create(Account.open("ada", 100));
        accounts().create(Account.open("grace", 50));
        for (int delivery = 0; delivery < 3; delivery++) {
            db().transactWrite(tx -> tx.updateWithBuilder(Account.key("ada"), update -> update.add("balance", -10))
                    .updateWithBuilder(Account.key("grace"), update -> update.add("balance", 10))
                    .idempotencyToken("event-7"));
        }

        assertThat(account("ada").balance()).isEqualByComparingTo("90");
        assertThat(account("grace").balance()).isEqualByComparingTo("60");
    }
}
