package io.tabletheory.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.TableTheory;
import io.tabletheory.UpdateBuilder;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.UpdateItemRequest;
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

/** How writes compile: update, createOrUpdate, the update builder and raw conditions. */
class UpdateRequestTest {
    private static final Instant NOW = Instant.parse("2026-11-24T07:08:21Z");
    private static final String NOW_TEXT = "2026-11-24T07:08:21Z";

    private final RecordingStore store = new RecordingStore();
    private final TableTheory db = TableTheory.builder()
            .store(store)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();

    private static AttributeValue s(String value) {
        return AttributeValue.ofString(value);
    }

    private static User user(long version) {
        return new User("u1", "PROFILE", "a@example.com", "ada", Set.of(), version, null, null, null);
    }

    @Test
    void update_setsTheNamedFieldsAndUpdatedAt_bumpsAndChecksTheVersion() {
        store.answerUpdateWith(Map.of("id", s("u1"), "sk", s("PROFILE"), "version", AttributeValue.ofNumber(4)));

        User stored = db.model(User.class).update(user(3), "nickname");

        UpdateItemRequest update = store.last(UpdateItemRequest.class);
        assertThat(update.key()).isEqualTo(Map.of("id", s("u1"), "sk", s("PROFILE")));
        assertThat(update.updateExpression()).contains("SET #n0 = :v0, #n1 = :v1 ADD #n2 :v2");
        assertThat(update.conditionExpression()).contains("#n2 = :v3");
        assertThat(update.expressionAttributeNames())
                .isEqualTo(Map.of("#n0", "nickname", "#n1", "updatedAt", "#n2", "version"));
        assertThat(update.expressionAttributeValues())
                .isEqualTo(Map.of(
                        ":v0", s("ada"),
                        ":v1", s(NOW_TEXT),
                        ":v2", AttributeValue.ofNumber(1),
                        ":v3", AttributeValue.ofNumber(3)));
        assertThat(update.returnValues()).isEqualTo(ReturnValue.ALL_NEW);
        assertThat(update.returnValuesOnConditionCheckFailure()).isEqualTo(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        assertThat(stored.version()).isEqualTo(4);
    }

    @Test
    void updateWithoutFields_writesEveryNonKeyField_removingOmittedOnes_andAnEmptySetAsNull() {
        db.model(User.class).update(new User("u1", "PROFILE", "a@example.com", null, Set.of(), 0, null, null, null));

        UpdateItemRequest update = store.last(UpdateItemRequest.class);
        assertThat(update.updateExpression())
                .contains("SET #n0 = :v0, #n2 = :v1, #n3 = :v2, #n4 = :v3 REMOVE #n1 ADD #n5 :v4");
        assertThat(update.expressionAttributeNames())
                .containsEntry("#n0", "email")
                .containsEntry("#n1", "nickname")
                .containsEntry("#n2", "tags")
                .containsEntry("#n3", "expiresAt");
        assertThat(update.expressionAttributeValues())
                .containsEntry(":v1", AttributeValue.ofNull())
                .containsEntry(":v2", AttributeValue.ofNull());
    }

    @Test
    void update_ofAKeyOrManagedField_isRefused() {
        assertThatThrownBy(() -> db.model(User.class).update(user(0), "sk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User.sk is part of the primary key");
        assertThatThrownBy(() -> db.model(User.class).update(user(0), "createdAt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User.createdAt is managed by TableTheory");
    }

    @Test
    void createOrUpdate_keepsCreatedAt_andStartsTheVersionAtZero() {
        db.model(User.class).createOrUpdate(user(7));

        UpdateItemRequest update = store.last(UpdateItemRequest.class);
        assertThat(update.updateExpression())
                .contains("SET #n0 = :v0, #n1 = :v1, #n2 = :v2, #n3 = :v3, #n4 = if_not_exists(#n4, :v4), #n5 = :v5,"
                        + " #n6 = if_not_exists(#n6, :v6) + :v7");
        assertThat(update.expressionAttributeNames())
                .containsEntry("#n4", "createdAt")
                .containsEntry("#n5", "updatedAt")
                .containsEntry("#n6", "version");
        assertThat(update.expressionAttributeValues())
                .containsEntry(":v6", AttributeValue.ofNumber(-1))
                .containsEntry(":v7", AttributeValue.ofNumber(1));
        assertThat(update.conditionExpression()).isEmpty();
    }

    @Test
    void theUpdateBuilder_rendersEveryClauseInAFixedOrder() {
        db.model(User.class)
                .where("id", "=", "u1")
                .where("sk", "=", "PROFILE")
                .updateBuilder()
                .delete("tags", "old")
                .add("tags", Set.of("new"))
                .remove("nickname")
                .setIfNotExists("email", "first@example.com")
                .increment("expiresAt")
                .condition("email", "exists", null)
                .returnValues(ReturnValue.UPDATED_NEW)
                .execute();

        UpdateItemRequest update = store.last(UpdateItemRequest.class);
        assertThat(update.updateExpression())
                .contains("SET #n2 = if_not_exists(#n2, :v2), #n4 = :v4 REMOVE #n1 ADD #n0 :v1, #n3 :v3, #n5 :v5"
                        + " DELETE #n0 :v0");
        assertThat(update.expressionAttributeValues())
                .containsEntry(":v0", AttributeValue.ofStringSet(List.of("old")))
                .containsEntry(":v1", AttributeValue.ofStringSet(List.of("new")));
        assertThat(update.conditionExpression()).contains("attribute_exists(#n2)");
        assertThat(update.returnValues()).isEqualTo(ReturnValue.UPDATED_NEW);
    }

    @Test
    void theUpdateBuilder_needsTheKey_andRefusesKeyFields() {
        assertThatThrownBy(() -> db.model(User.class).where("id", "=", "u1").updateBuilder())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("add where(\"sk\", \"=\", value)");
        assertThatThrownBy(() -> db.model(User.class)
                        .where("id", "=", "u1")
                        .where("sk", "=", "PROFILE")
                        .updateBuilder()
                        .set("id", "u2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User.id is part of the primary key");
    }

    @Test
    void theUpdateBuilder_refusesManagedFields_sayingWhy() {
        UpdateBuilder<User> u1 = db.model(User.class)
                .where("id", "=", "u1")
                .where("sk", "=", "PROFILE")
                .updateBuilder();

        assertThatThrownBy(() -> u1.increment("version"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User.version is the @Version field, which TableTheory raises by 1 on every"
                        + " update; to require a version, use conditionVersion(v)");
        assertThatThrownBy(() -> u1.set("updatedAt", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("User.updatedAt is the @UpdatedAt field");
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void aRawConditionExpression_isAndedWithTheGeneratedOne() {
        db.model(User.class)
                .ifNotExists()
                .withConditionExpression("size(email) < :max", Map.of(":max", 100))
                .create(user(0));

        RequestAssert.assertThat(store.last(PutItemRequest.class))
                .hasCondition("(attribute_not_exists(#n0)) AND (size(email) < :max)")
                .hasNames(Map.of("#n0", "id"))
                .hasValues(Map.of(":max", AttributeValue.ofNumber(100)));
    }

    @Test
    void aRawConditionUsingAGeneratedPlaceholderName_isRefused() {
        assertThatThrownBy(() -> db.model(User.class).withConditionExpression("a = :v0", Map.of(":v0", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("placeholder :v0 has the form TableTheory uses");
    }

    @Test
    void deleteByKey_turnsOtherWhereConditionsIntoConditions() {
        db.model(User.class)
                .where("id", "=", "u1")
                .where("sk", "=", "PROFILE")
                .where("nickname", "=", "ada")
                .delete();

        RequestAssert.assertThat(store.last(DeleteItemRequest.class))
                .hasCondition("#n0 = :v0")
                .hasNames(Map.of("#n0", "nickname"));
    }

    @Test
    void aFailedCondition_carriesTheStoredItem_asAModelInstance() {
        store.failWith(new ConditionFailedException(
                "The conditional request failed",
                Map.of("id", s("u1"), "sk", s("PROFILE"), "version", AttributeValue.ofNumber(9)),
                null));

        ConditionFailedException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                ConditionFailedException.class, () -> db.model(User.class).update(user(3), "nickname"));

        assertThat(failure).hasMessageContaining("update of User {id=\"u1\", sk=\"PROFILE\"} in table users");
        assertThat(db.model(User.class).storedItem(failure)).map(User::version).contains(9L);
    }

    @Test
    void update_ofABean_setsTheStoredValuesOnTheBeanPassedIn() {
        store.answerUpdateWith(Map.of(
                "PK", s("a1"),
                "balance", AttributeValue.ofNumber("12.5"),
                "version", AttributeValue.ofNumber(1),
                "updatedAt", s(NOW_TEXT)));
        Account account = new Account("a1", new BigDecimal("12.5"));

        Account stored = db.model(Account.class).update(account, "balance");

        assertThat(stored).isSameAs(account);
        assertThat(account.getVersion()).isEqualTo(1);
        assertThat(account.getUpdatedAt()).isEqualTo(NOW);
        assertThat(store.last(UpdateItemRequest.class).conditionExpression()).contains("#n2 = :v3");
    }
}
