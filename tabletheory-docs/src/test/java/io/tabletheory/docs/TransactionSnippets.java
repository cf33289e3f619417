package io.tabletheory.docs;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.TransactGetResult;
import io.tabletheory.TransactionActionReason;
import io.tabletheory.TransactionFailedException;
import io.tabletheory.testkit.contract.models.Account;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The README's "Transactions": a transfer with its audit record, a read of one snapshot, and a refusal. */
final class TransactionSnippets {
    private TransactionSnippets() {}

    static Account transfer(
            TableTheory db, Account from, Account to, BigDecimal amount, String transferId, String nextTransferId) {
        // tag::transactions[]
        db.transactWrite(tx -> tx
                .update(from.withBalance(from.balance().subtract(amount)), "balance")   // checked against from's version
                .update(to.withBalance(to.balance().add(amount)), "balance")
                .create(new Transfer(transferId, from.id(), to.id(), amount)));          // fails if the id exists

        db.transactWrite(tx -> tx                                                        // the same, without reading first
                .updateWithBuilder(Account.key("a1"), u -> u.add("balance", amount.negate()).condition("balance", ">=", amount))
                .updateWithBuilder(Account.key("a2"), u -> u.add("balance", amount))
                .create(new Transfer(nextTransferId, "a1", "a2", amount)));

        TransactGetResult read = db.transactGet(tx -> tx.get(Account.key("a1")).get(Account.key("a2")));   // one snapshot
        Account a1 = read.get(0, Account.class).orElseThrow();
        // end::transactions[]
        return a1;
    }

    /** The reasons a refused transaction gave, and the stored items it handed back. */
    record Refusal(List<TransactionActionReason> reasons, List<Account> storedItems) {}

    static Refusal refusedTransfer(TableTheory db, Model<Account> accounts, Account staleFrom, BigDecimal amount) {
        List<TransactionActionReason> reasons = new ArrayList<>();
        List<Account> storedItems = new ArrayList<>();
        try {
            db.transactWrite(
                    tx -> tx.update(staleFrom.withBalance(staleFrom.balance().subtract(amount)), "balance"));
            // tag::transaction-failure[]
        } catch (TransactionFailedException failed) {
            for (TransactionActionReason reason : failed.failures()) {   // only the actions that caused it
                // reason.index(), .action() ("update"), .modelType(), .key(), .code() ("ConditionalCheckFailed"), .message()
                Optional<Account> stored = accounts.storedItem(reason);  // the stored item, when a condition failed
                // end::transaction-failure[]
                reasons.add(reason);
                stored.ifPresent(storedItems::add);
                // tag::transaction-failure[]
            }
        }
        // end::transaction-failure[]
        return new Refusal(reasons, storedItems);
    }
}
