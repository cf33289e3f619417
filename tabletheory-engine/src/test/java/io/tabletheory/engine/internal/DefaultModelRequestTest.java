package io.tabletheory.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.TableTheory;
import io.tabletheory.api.error.ItemNotFoundException;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.ProjectionType;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.fixtures.Account;
import io.tabletheory.engine.fixtures.RecordingStore;
import io.tabletheory.engine.fixtures.RequestAssert;
import io.tabletheory.engine.fixtures.User;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Request generation: each DSL call becomes exactly one port request, asserted field by field. */
class DefaultModelRequestTest {
    private static final Instant NOW = Instant.parse("2026-11-24T07:08:21.120Z");

    private final RecordingStore store = new RecordingStore();
    private final TableTheory db = TableTheory.builder()
            .store(store)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();

    @Test
    void create_writesVersionZeroAndBothTimestamps_andReturnsTheStoredRecord() {
        User stored = db.model(User.class)
                .create(new User(
                        "u1", "PROFILE", "ada@example.com", null, Set.of("admin"), 41, null, null, 1_800_000_000L));

        PutItemRequest put = store.last(PutItemRequest.class);
        assertThat(put.tableName()).isEqualTo("users");
        assertThat(put.item())
                .containsEntry("id", AttributeValue.ofString("u1"))
                .containsEntry("sk", AttributeValue.ofString("PROFILE"))
                .containsEntry("email", AttributeValue.ofString("ada@example.com"))
                .containsEntry("tags", AttributeValue.ofStringSet(List.of("admin")))
                .containsEntry("version", AttributeValue.ofNumber(0))
                .containsEntry("createdAt", AttributeValue.ofString("2026-11-24T07:08:21.12Z"))
                .containsEntry("updatedAt", AttributeValue.ofString("2026-11-24T07:08:21.12Z"))
                .containsEntry("expiresAt", AttributeValue.ofNumber(1_800_000_000L))
                .doesNotContainKey("nickname");
        RequestAssert.assertThat(put).hasNoCondition();
        assertThat(stored.version()).isZero();
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void ifNotExistsCreate_isConditionedOnThePartitionKeyBeingAbsent() {
        db.model(User.class).ifNotExists().create(User.of("u1", "ada@example.com"));

        RequestAssert.assertThat(store.last(PutItemRequest.class))
                .hasCondition("attribute_not_exists(#n0)")
                .hasNames(Map.of("#n0", "id"))
                .hasValues(Map.of());
    }

    @Test
    void create_ofABean_setsVersionAndTimestampsOnTheBeanPassedIn() {
        Account account = new Account("a1", new BigDecimal("10.50"));

        Account stored = db.model(Account.class).create(account);

        assertThat(stored).isSameAs(account);
        assertThat(account.getVersion()).isZero();
        assertThat(account.getCreatedAt()).isEqualTo(NOW);
        assertThat(store.last(PutItemRequest.class).item())
                .containsEntry("PK", AttributeValue.ofString("a1"))
                .containsEntry("balance", AttributeValue.ofNumber("10.5"));
    }

    @Test
    void create_whoseConditionFails_leavesTheBeanUnchanged_andSaysWhichKeyExists() {
        store.failWith(new ConditionFailedException("The conditional request failed"));
        Account account = new Account("a1", BigDecimal.ONE);

        assertThatThrownBy(() -> db.model(Account.class).ifNotExists().create(account))
                .isInstanceOf(ConditionFailedException.class)
                .hasMessage("create of Account {PK=\"a1\"} in table Accounts failed its condition: The conditional"
                        + " request failed");
        assertThat(account.getVersion()).isNull();
        assertThat(account.getCreatedAt()).isNull();
    }

    @Test
    void create_withANullKey_isRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> db.model(User.class).create(User.of(null, "x@example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User.id is null");
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void first_withTheFullKey_isAGetItem_inEitherOrderOfWhereCalls() {
        store.answerGetWith(Map.of(
                "id", AttributeValue.ofString("u1"),
                "sk", AttributeValue.ofString("PROFILE"),
                "version", AttributeValue.ofNumber(3)));

        User user = db.model(User.class)
                .where("sk", "=", "PROFILE")
                .where("id", "=", "u1")
                .consistentRead()
                .first();

        GetItemRequest get = store.last(GetItemRequest.class);
        assertThat(get.tableName()).isEqualTo("users");
        assertThat(get.key())
                .isEqualTo(Map.of("id", AttributeValue.ofString("u1"), "sk", AttributeValue.ofString("PROFILE")));
        assertThat(get.consistentRead()).isTrue();
        assertThat(user.version()).isEqualTo(3);
        assertThat(user.tags()).isEmpty();
    }

    @Test
    void first_whenNoItemHasTheKey_throwsItemNotFoundNamingTheKey() {
        assertThatThrownBy(() -> db.model(User.class)
                        .where("id", "=", "u9")
                        .where("sk", "=", "PROFILE")
                        .first())
                .isInstanceOf(ItemNotFoundException.class)
                .hasMessage("no User in table users matches id = \"u9\" and sk = \"PROFILE\"");
    }

    @Test
    void where_withAnUnknownFieldOrOperatorOrWrongValueType_isRejectedClearly() {
        assertThatThrownBy(() -> db.model(User.class).where("mail", "=", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User has no field or attribute 'mail'; its fields are id, sk, email");
        assertThatThrownBy(() -> db.model(User.class).where("id", "~", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown operator '~'");
        assertThatThrownBy(() -> db.model(User.class).where("id", "between", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a list or array of values");
        assertThatThrownBy(() -> db.model(User.class).where("id", "=", 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the value 5 (Integer) does not fit User.id (String)");
    }

    @Test
    void deleteOfAnItem_isConditionedOnItsVersion() {
        User user = new User("u1", "PROFILE", "a@example.com", null, Set.of(), 7, null, null, null);

        db.model(User.class).delete(user);

        DeleteItemRequest delete = store.last(DeleteItemRequest.class);
        assertThat(delete.key())
                .isEqualTo(Map.of("id", AttributeValue.ofString("u1"), "sk", AttributeValue.ofString("PROFILE")));
        RequestAssert.assertThat(delete)
                .hasCondition("#n0 = :v0")
                .hasNames(Map.of("#n0", "version"))
                .hasValues(Map.of(":v0", AttributeValue.ofNumber(7)));
    }

    @Test
    void deleteByKey_isUnconditionedUnlessAsked() {
        db.model(User.class).where("id", "=", "u1").where("sk", "=", "PROFILE").delete();
        RequestAssert.assertThat(store.last(DeleteItemRequest.class)).hasNoCondition();

        db.model(User.class)
                .ifExists()
                .where("id", "=", "u1")
                .where("sk", "=", "PROFILE")
                .delete();
        RequestAssert.assertThat(store.last(DeleteItemRequest.class))
                .hasCondition("attribute_exists(#n0)")
                .hasNames(Map.of("#n0", "id"));
    }

    @Test
    void settings_returnNewModels_andNeverChangeTheSharedOne() {
        var users = db.model(User.class);
        users.ifNotExists();

        users.create(User.of("u1", "a@example.com"));

        RequestAssert.assertThat(store.last(PutItemRequest.class)).hasNoCondition();
    }

    @Test
    void createTable_derivesKeysIndexesAndTtlFromTheModel() {
        db.createTable(User.class);

        CreateTableRequest request = store.last(CreateTableRequest.class);
        assertThat(request.tableName()).isEqualTo("users");
        assertThat(request.keySchema())
                .containsExactly(new KeySchemaElement("id", KeyType.HASH), new KeySchemaElement("sk", KeyType.RANGE));
        assertThat(request.attributeDefinitions())
                .extracting(definition -> definition.attributeName() + ":" + definition.attributeType())
                .containsExactly("id:S", "sk:S", "email:S");
        assertThat(request.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("email-index");
            assertThat(index.partitionKey()).contains("email");
            assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.ALL);
        });
        assertThat(store.last(TimeToLiveSpecification.class)).isEqualTo(new TimeToLiveSpecification("expiresAt", true));
        assertThat(ScalarAttributeType.S.attributeType().name()).isEqualTo("S");
    }

    /** A model without a partition key. */
    record Keyless(String id) {}

    @Test
    void register_validatesModelsUpFront_namingTheClass() {
        assertThat(db.register(User.class, Account.class)).isSameAs(db);
        assertThatThrownBy(() -> db.register(User.class, Keyless.class))
                .isInstanceOf(io.tabletheory.api.error.ModelException.class)
                .hasMessageContaining("DefaultModelRequestTest$Keyless has no @PartitionKey field");
        assertThat(store.requests()).isEmpty();
    }
}
