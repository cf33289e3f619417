package io.tabletheory.examples;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.TransactGetResult;
import io.tabletheory.TransactionActionReason;
import io.tabletheory.TransactionFailedException;
import io.tabletheory.testkit.fault.FaultInjectingStore;
import io.tabletheory.testkit.fault.Operation;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The demo's steps for transactions and batches, on any backend: a bank transfer with its audit record in one
 * transaction, a transfer refused for insufficient funds (and the reason, tied to its action), a consistent read of
 * both accounts, and a batch load that survives DynamoDB leaving half of every request unprocessed (injected with
 * the testkit's {@link FaultInjectingStore}).
 */
final class TransactionsWalkthrough {
    private static final int LOADED = 500;

    private final TableTheory db;
    private final Narration narration;
    private final DemoTables tables;

    TransactionsWalkthrough(TableTheory db, Narration narration) {
        this.db = db;
        this.narration = narration;
        this.tables = new DemoTables(db, narration);
    }

    void run() {
        Model<DemoAccount> accounts = db.model(DemoAccount.class);
        tables.dropLeftover(DemoAccount.class);
        tables.dropLeftover(DemoTransfer.class);
        tables.create(DemoAccount.class);
        tables.create(DemoTransfer.class);
        DemoAccount ada = accounts.create(DemoAccount.open("acct-ada", "Ada", 100));
        DemoAccount grace = accounts.create(DemoAccount.open("acct-grace", "Grace", 50));
        narration.skipOperations();

        narration.title("A bank transfer and its audit record, all or nothing (transactWrite)");
        BigDecimal amount = BigDecimal.valueOf(30);
        db.transactWrite(tx -> tx.update(ada.withBalance(ada.balance().subtract(amount)), "balance")
                .update(grace.withBalance(grace.balance().add(amount)), "balance")
                .create(new DemoTransfer("transfer-1", ada.id(), grace.id(), amount, null)));
        TransactGetResult both =
                db.transactGet(tx -> tx.get(DemoAccount.key("acct-ada")).get(DemoAccount.key("acct-grace")));
        DemoAccount adaAfter = both.get(0, DemoAccount.class).orElseThrow();
        DemoAccount graceAfter = both.get(1, DemoAccount.class).orElseThrow();
        narration.result("Ada " + adaAfter.balance() + " (version " + adaAfter.version() + "), Grace "
                + graceAfter.balance() + " (version " + graceAfter.version() + "), read as one snapshot");
        narration.result("audit: "
                + db.model(DemoTransfer.class).where("id", "=", "transfer-1").first());
        narration.operations();

        narration.title("A transfer of 500 from Ada: insufficient funds cancel all of it");
        BigDecimal tooMuch = BigDecimal.valueOf(500);
        try {
            db.transactWrite(tx -> tx.updateWithBuilder(
                            DemoAccount.key("acct-ada"),
                            update -> update.add("balance", tooMuch.negate()).condition("balance", ">=", tooMuch))
                    .updateWithBuilder(DemoAccount.key("acct-grace"), update -> update.add("balance", tooMuch))
                    .create(new DemoTransfer("transfer-2", "acct-ada", "acct-grace", tooMuch, null)));
            narration.result("unexpected: the transfer went through");
        } catch (TransactionFailedException refused) {
            for (TransactionActionReason reason : refused.failures()) {
                narration.result("action " + reason.index() + " (" + reason.action() + " of "
                        + reason.modelType().getSimpleName() + " "
                        + accounts.fromItem(reason.key()).id() + ") failed: "
                        + reason.code());
                narration.result("the stored item it saw: balance "
                        + accounts.storedItem(reason).map(DemoAccount::balance).orElseThrow());
            }
            narration.result("balances unchanged: Ada "
                    + accounts.where("id", "=", "acct-ada").first().balance() + ", Grace "
                    + accounts.where("id", "=", "acct-grace").first().balance()
                    + "; no audit record: "
                    + db.model(DemoTransfer.class)
                            .where("id", "=", "transfer-2")
                            .all()
                            .isEmpty());
        }
        narration.operations();

        narration.title("Load " + LOADED + " accounts while DynamoDB leaves half of every batch unprocessed");
        FaultInjectingStore throttled = FaultInjectingStore.wrap(db.store()).leavingUnprocessed(50);
        TableTheory loader = TableTheory.builder().store(throttled).build();
        List<DemoAccount> opened = IntStream.range(0, LOADED)
                .mapToObj(number -> DemoAccount.open("acct-" + number, "customer " + number, number))
                .toList();
        loader.model(DemoAccount.class).batchCreate(opened);
        narration.result(throttled.calls(Operation.BATCH_WRITE_ITEM) + " BatchWriteItem requests for " + LOADED
                + " items (" + (LOADED / 25) + " without the injected throttling), retried with backoff");
        narration.result("read back with batchGet: " + accounts.batchGet(opened).size() + " of " + LOADED
                + " accounts, none lost, none written twice");
        narration.skipOperations();

        tables.delete(DemoAccount.class);
        tables.delete(DemoTransfer.class);
    }
}
