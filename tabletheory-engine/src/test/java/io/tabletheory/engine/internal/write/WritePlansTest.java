package io.tabletheory.engine.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.fixtures.RequestAssert;
import io.tabletheory.engine.fixtures.User;
import io.tabletheory.engine.internal.condition.TermFactory;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.expression.RawCondition;
import io.tabletheory.engine.internal.expression.Update;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.mapping.SchemaFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure step of every write: plans and the requests they become, asserted with no store at all. */
class WritePlansTest {
    private static final Instant NOW = Instant.parse("2026-11-24T07:08:21.120Z");
    private static final AttributeValue NOW_TEXT = AttributeValue.ofString("2026-11-24T07:08:21.12Z");
    private static final ModelSchema<User> USERS = new SchemaFactory(Map.of()).schema(User.class);
    private static final WriteConditions IF_NOT_EXISTS =
            new WriteConditions(List.of(new Condition.AttributeNotExists("id")), Optional.empty());

    private static User held(long version) {
        return new User("u1", "PROFILE", "ada@example.com", "Ada", Set.of(), version, NOW, NOW, null);
    }

    @Test
    void create_writesVersionZeroAndBothTimestampsFromTheClock_underTheCallersCondition() {
        PutItemRequest put =
                WritePlans.create(USERS, held(41), IF_NOT_EXISTS, NOW).request();

        assertThat(put.tableName()).isEqualTo("users");
        assertThat(put.item())
                .containsEntry("id", AttributeValue.ofString("u1"))
                .containsEntry("version", AttributeValue.ofNumber(0))
                .containsEntry("createdAt", NOW_TEXT)
                .containsEntry("updatedAt", NOW_TEXT);
        RequestAssert.assertThat(put)
                .hasCondition("attribute_not_exists(#n0)")
                .hasNames(Map.of("#n0", "id"))
                .hasValues(Map.of());
        assertThat(put.returnValuesOnConditionCheckFailure()).isEqualTo(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }

    @Test
    void create_withoutConditions_hasNoConditionAndAsksForNothingOnFailure() {
        WritePlan.Put plan = WritePlans.create(USERS, held(0), WriteConditions.none(), NOW);

        RequestAssert.assertThat(plan.request()).hasNoCondition();
        assertThat(plan.request().returnValuesOnConditionCheckFailure())
                .isEqualTo(ReturnValuesOnConditionCheckFailure.NONE);
        assertThat(plan.key())
                .containsExactly(
                        Map.entry("id", AttributeValue.ofString("u1")),
                        Map.entry("sk", AttributeValue.ofString("PROFILE")));
    }

    @Test
    void create_ofAnItemWithoutItsKey_isRefusedBeforeAnyRequest() {
        User keyless = new User(null, "PROFILE", "ada@example.com", null, Set.of(), 0, null, null, null);

        assertThatThrownBy(() -> WritePlans.create(USERS, keyless, WriteConditions.none(), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot create a User whose key");
    }

    @Test
    void update_setsTheNamedFieldAndUpdatedAt_bumpsTheVersion_andChecksTheHeldOne() {
        UpdateItemRequest update = WritePlans.update(USERS, held(4), List.of("nickname"), WriteConditions.none(), NOW)
                .request(ReturnValue.ALL_NEW);

        RequestAssert.assertThat(update)
                .hasUpdate("SET #n0 = :v0, #n1 = :v1 ADD #n2 :v2")
                .hasCondition("#n2 = :v3")
                .hasNames(Map.of("#n0", "nickname", "#n1", "updatedAt", "#n2", "version"))
                .hasValues(Map.of(
                        ":v0", AttributeValue.ofString("Ada"),
                        ":v1", NOW_TEXT,
                        ":v2", AttributeValue.ofNumber(1),
                        ":v3", AttributeValue.ofNumber(4)));
        assertThat(update.key()).containsOnlyKeys("id", "sk");
        assertThat(update.returnValues()).isEqualTo(ReturnValue.ALL_NEW);
    }

    @Test
    void update_addsTheHeldVersionAfterTheCallersConditionsAndBeforeARawOne() {
        WriteConditions conditions = new WriteConditions(
                List.of(TermFactory.term(USERS, "withCondition", "email", "=", "ada@example.com")
                        .condition()),
                Optional.of(new RawCondition("size(tags) < :max", Map.of(":max", AttributeValue.ofNumber(3)))));

        UpdateItemRequest update = WritePlans.update(USERS, held(4), List.of("nickname"), conditions, NOW)
                .request(ReturnValue.ALL_NEW);

        RequestAssert.assertThat(update).hasCondition("(#n3 = :v3 AND #n2 = :v4) AND (size(tags) < :max)");
    }

    @Test
    void update_ofAManagedField_isRefused() {
        assertThatThrownBy(() -> WritePlans.update(USERS, held(1), List.of("version"), WriteConditions.none(), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is managed by TableTheory");
    }

    @Test
    void createOrUpdate_setsEveryFieldAndCreatedAtOnlyWhenAbsent_andCountsAMissingVersionFromMinusOne() {
        UpdateItemRequest upsert = WritePlans.createOrUpdate(USERS, held(7), WriteConditions.none(), NOW)
                .request(ReturnValue.ALL_NEW);

        RequestAssert.assertThat(upsert)
                .hasNames(Map.of(
                        "#n0", "email",
                        "#n1", "nickname",
                        "#n2", "tags",
                        "#n3", "expiresAt",
                        "#n4", "createdAt",
                        "#n5", "updatedAt",
                        "#n6", "version"));
        RequestAssert.assertThat(upsert)
                .hasUpdate("SET #n0 = :v0, #n1 = :v1, #n2 = :v2, #n3 = :v3, #n4 = if_not_exists(#n4, :v4),"
                        + " #n5 = :v5, #n6 = if_not_exists(#n6, :v6) + :v7");
        assertThat(upsert.expressionAttributeValues())
                .containsEntry(":v2", AttributeValue.ofNull())
                .containsEntry(":v3", AttributeValue.ofNull())
                .containsEntry(":v4", NOW_TEXT)
                .containsEntry(":v5", NOW_TEXT)
                .containsEntry(":v6", AttributeValue.ofNumber(-1))
                .containsEntry(":v7", AttributeValue.ofNumber(1));
        assertThat(upsert.conditionExpression()).isEmpty();
    }

    @Test
    void delete_isConditionedOnTheHeldVersion() {
        WritePlan.Delete plan = WritePlans.delete(USERS, held(9), WriteConditions.none());

        RequestAssert.assertThat(plan.request())
                .hasCondition("#n0 = :v0")
                .hasNames(Map.of("#n0", "version"))
                .hasValues(Map.of(":v0", AttributeValue.ofNumber(9)));
    }

    @Test
    void updateKey_touchesAndBumpsWithoutCheckingAVersionItDoesNotHold() {
        Update changes =
                new Update(List.of(new Update.Add(Update.Path.of("tags"), AttributeValue.ofStringSet(List.of("ops")))));
        Map<String, AttributeValue> key =
                Map.of("id", AttributeValue.ofString("u1"), "sk", AttributeValue.ofString("PROFILE"));

        UpdateItemRequest update = WritePlans.updateKey(USERS, key, changes, WriteConditions.none(), NOW)
                .request(ReturnValue.NONE);

        RequestAssert.assertThat(update)
                .hasUpdate("SET #n1 = :v1 ADD #n0 :v0, #n2 :v2")
                .hasNames(Map.of("#n0", "tags", "#n1", "updatedAt", "#n2", "version"));
        assertThat(update.conditionExpression()).isEmpty();
    }

    @Test
    void aPlanBecomesATransactionActionWithTheSameExpressions() {
        WritePlan.Update plan = WritePlans.update(USERS, held(4), List.of("nickname"), WriteConditions.none(), NOW);
        UpdateItemRequest single = plan.request(ReturnValue.ALL_NEW);

        TransactWriteItem.Update action = plan.transactItem();

        assertThat(action.tableName()).isEqualTo(single.tableName());
        assertThat(action.key()).isEqualTo(single.key());
        assertThat(Optional.of(action.updateExpression())).isEqualTo(single.updateExpression());
        assertThat(action.conditionExpression()).isEqualTo(single.conditionExpression());
        assertThat(action.expressionAttributeNames()).isEqualTo(single.expressionAttributeNames());
        assertThat(action.expressionAttributeValues()).isEqualTo(single.expressionAttributeValues());
        assertThat(action.returnValuesOnConditionCheckFailure()).isEqualTo(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }

    @Test
    void aConditionCheckHoldsTheItemToTheCallersConditionsAlone() {
        TransactWriteItem.ConditionCheck check = WritePlans.conditionCheck(
                        USERS, WritePlans.keyOf(USERS, held(2), "check"), IF_NOT_EXISTS)
                .transactItem();

        assertThat(check.key()).containsOnlyKeys("id", "sk");
        assertThat(check.conditionExpression()).contains("attribute_not_exists(#n0)");
        assertThat(check.expressionAttributeNames()).isEqualTo(Map.of("#n0", "id"));
    }

    @Test
    void anUnconditionedPutBecomesABatchWrite_butAConditionedOneCannot() {
        WritePlan.Put plain = WritePlans.create(USERS, held(0), WriteConditions.none(), NOW);
        WritePlan.Put conditioned = WritePlans.create(USERS, held(0), IF_NOT_EXISTS, NOW);

        assertThat(plain.batchRequest())
                .isEqualTo(new WriteRequest.Put(plain.request().item()));
        assertThatThrownBy(conditioned::batchRequest)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot carry the condition attribute_not_exists(#n0)");
    }

    @Test
    void whereKey_splitsTheKeyFromTheOtherTerms() {
        var where = List.of(
                TermFactory.term(USERS, "where", "id", "=", "u1"),
                TermFactory.term(USERS, "where", "sk", "=", "PROFILE"),
                TermFactory.term(USERS, "where", "nickname", "exists", null));

        RequestAssert.assertThat(WritePlans.deleteKey(
                                USERS,
                                WhereKey.key(USERS, where, "delete()"),
                                WriteConditions.none().and(WhereKey.conditions(USERS, where)))
                        .request())
                .hasCondition("attribute_exists(#n0)")
                .hasNames(Map.of("#n0", "nickname"));
    }
}
