package io.tabletheory.engine.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.fixtures.Account;
import io.tabletheory.engine.fixtures.User;
import io.tabletheory.engine.internal.call.ReadSettings;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.mapping.SchemaFactory;
import io.tabletheory.engine.internal.write.WritePlans;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pure step of every batch: duplicates, chunks and requests, asserted on the records with no store. */
class BatchPlansTest {
    private static final Instant NOW = Instant.parse("2026-11-24T07:08:21.120Z");
    private static final SchemaFactory SCHEMAS = new SchemaFactory(Map.of());
    private static final ModelSchema<User> USERS = SCHEMAS.schema(User.class);
    private static final ModelSchema<Account> ACCOUNTS = SCHEMAS.schema(Account.class);

    private static BatchKey key(String id) {
        User user = User.of(id, id + "@example.com");
        return new BatchKey(WritePlans.keyOf(USERS, user, "batchGet"), user);
    }

    @Test
    void chunks_cutInOrderIntoListsOfAtMostTheSize() {
        List<Integer> numbers = IntStream.range(0, 251).boxed().toList();

        List<List<Integer>> chunks = BatchPlans.chunks(numbers, BatchPlans.GET_CHUNK);

        assertThat(chunks).extracting(List::size).containsExactly(100, 100, 51);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(numbers);
        assertThat(BatchPlans.chunks(List.of(), 25)).isEmpty();
        assertThat(BatchPlans.chunks(numbers.subList(0, 50), BatchPlans.WRITE_CHUNK))
                .extracting(List::size)
                .containsExactly(25, 25);
    }

    @Test
    void distinctKeys_whenAKeyIsGivenTwice_namesItAndItsPositions() {
        List<BatchKey> keys = List.of(key("u1"), key("u2"), key("u1"));

        assertThatThrownBy(() -> BatchPlans.distinctKeys("batchGet", USERS, keys))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchGet")
                .hasMessageContaining("{id=\"u1\", sk=\"PROFILE\"}")
                .hasMessageContaining("users")
                .hasMessageContaining("positions 0 and 2");
        assertThat(BatchPlans.distinctKeys("batchGet", USERS, keys.subList(0, 2)))
                .hasSize(2);
    }

    @Test
    void distinctWrites_refuseAPutAndADeleteOfOneKey_butAllowTheSameKeyInAnotherTable() {
        BatchWriteEntry put = BatchWrites.put(USERS, User.of("u1", "a@example.com"), NOW);
        BatchWriteEntry delete = BatchWrites.delete(USERS, User.of("u1", null), "batchWrite");
        BatchWriteEntry other = BatchWrites.put(ACCOUNTS, new Account("u1", BigDecimal.ONE), NOW);

        assertThatThrownBy(() -> BatchPlans.distinctWrites("batchWrite", List.of(put, other, delete)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positions 0 and 2");
        assertThat(BatchPlans.distinctWrites("batchWrite", List.of(put, other))).hasSize(2);
    }

    @Test
    void getRequest_readsTheKeysInOrder_withConsistencyAndAProjectionThatAlwaysHasTheKey() {
        ReadSettings settings = ReadSettings.defaults()
                .withConsistentRead()
                .withProjection(List.of(USERS.mapping().field("email").orElseThrow()));

        BatchGetItemRequest request = BatchPlans.getRequest(USERS, settings, List.of(key("u2"), key("u1")));

        KeysAndAttributes read = request.requestItems().get("users");
        assertThat(read.keys())
                .extracting(k -> k.get("id"))
                .containsExactly(AttributeValue.ofString("u2"), AttributeValue.ofString("u1"));
        assertThat(read.consistentRead()).isTrue();
        assertThat(read.projectionExpression()).contains("#n0, #n1, #n2");
        assertThat(read.expressionAttributeNames()).isEqualTo(Map.of("#n0", "email", "#n1", "id", "#n2", "sk"));
    }

    @Test
    void getRequest_withoutSettings_readsWholeItemsEventuallyConsistent() {
        KeysAndAttributes read = BatchPlans.getRequest(USERS, ReadSettings.defaults(), List.of(key("u1")))
                .requestItems()
                .get("users");

        assertThat(read.consistentRead()).isFalse();
        assertThat(read.projectionExpression()).isEqualTo(Optional.empty());
        assertThat(read.expressionAttributeNames()).isEmpty();
    }

    @Test
    void writeRequest_groupsByTableInFirstAppearanceOrder_withPutsStampedAsACreate() {
        BatchWriteEntry user = BatchWrites.put(USERS, User.of("u1", "a@example.com"), NOW);
        BatchWriteEntry account = BatchWrites.put(ACCOUNTS, new Account("a1", BigDecimal.TEN), NOW);
        BatchWriteEntry gone = BatchWrites.delete(USERS, User.of("u2", null), "batchWrite");

        BatchWriteItemRequest request = BatchPlans.writeRequest(List.of(user, account, gone));

        assertThat(request.requestItems().keySet()).containsExactly("users", "Accounts");
        assertThat(request.requestItems().get("users")).hasSize(2);
        WriteRequest.Put put =
                (WriteRequest.Put) request.requestItems().get("users").get(0);
        assertThat(put.item())
                .containsEntry("version", AttributeValue.ofNumber(0))
                .containsEntry("createdAt", AttributeValue.ofString("2026-11-24T07:08:21.12Z"))
                .containsEntry("updatedAt", AttributeValue.ofString("2026-11-24T07:08:21.12Z"));
        assertThat(request.requestItems().get("users").get(1))
                .isEqualTo(new WriteRequest.Delete(
                        Map.of("id", AttributeValue.ofString("u2"), "sk", AttributeValue.ofString("PROFILE"))));
    }
}
