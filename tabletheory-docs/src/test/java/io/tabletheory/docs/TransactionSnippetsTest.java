package io.tabletheory.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.testkit.contract.models.Account;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** "Transactions": two transfers with their audit records, a snapshot read, and a refusal tied to its action. */
class TransactionSnippetsTest {
    private final TableTheory db =
            TableTheory.builder().store(InMemoryDynamoStore.create()).build();
    private final Model<Account> accounts = db.model(Account.class);

    TransactionSnippetsTest() {
        db.createTable(Account.class);
        db.createTable(Transfer.class);
    }

    @Test
    void transfers_moveTheAmountTwice_andWriteBothAuditRecords() {
        Account from = accounts.create(Account.open("a1", 100));
        Account to = accounts.create(Account.open("a2", 0));

        Account a1 = TransactionSnippets.transfer(db, from, to, BigDecimal.valueOf(30), "t1", "t2");

        assertThat(a1.balance()).isEqualByComparingTo("40");
        assertThat(accounts.where("id", "=", "a2").first().balance()).isEqualByComparingTo("60");
        assertThat(db.model(Transfer.class).scan()).extracting(Transfer::id).containsExactlyInAnyOrder("t1", "t2");
    }

    @Test
    void aStaleUpdate_isRefused_namingTheActionAndHandingBackTheStoredItem() {
        Account stale = accounts.create(Account.open("a1", 100));
        accounts.update(stale.withBalance(BigDecimal.valueOf(90)), "balance");

        TransactionSnippets.Refusal refusal = TransactionSnippets.refusedTransfer(db, accounts, stale, BigDecimal.TEN);

        assertThat(refusal.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.action()).isEqualTo("update");
            assertThat(reason.code()).isEqualTo("ConditionalCheckFailed");
        });
        assertThat(refusal.storedItems()).singleElement().satisfies(account -> {
            assertThat(account.version()).isEqualTo(1);
            assertThat(account.balance()).isEqualByComparingTo("90");
        });
    }
}
