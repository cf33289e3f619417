package io.tabletheory.engine.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.fixtures.Order;
import io.tabletheory.engine.fixtures.RequestAssert;
import io.tabletheory.engine.fixtures.User;
import io.tabletheory.engine.internal.call.ReadSettings;
import io.tabletheory.engine.internal.condition.Term;
import io.tabletheory.engine.internal.condition.TermFactory;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.mapping.SchemaFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The pure step of every read: plans and the requests they become, asserted with no store at all. */
class ReadRequestsTest {
    private static final SchemaFactory SCHEMAS = new SchemaFactory(Map.of());
    private static final ModelSchema<User> USERS = SCHEMAS.schema(User.class);
    private static final ModelSchema<Order> ORDERS = SCHEMAS.schema(Order.class);

    private static Term where(ModelSchema<?> schema, String field, String operator, Object value) {
        return TermFactory.term(schema, "where", field, operator, value);
    }

    private static ReadPlan plan(ModelSchema<?> schema, Term... where) {
        return ReadPlanner.plan(schema, List.of(where), Optional.empty(), Optional.empty(), false, false);
    }

    @Test
    void theFullKey_isAGetItemOfThatKey() {
        ReadPlan plan = plan(USERS, where(USERS, "sk", "=", "PROFILE"), where(USERS, "id", "=", "u1"));

        assertThat(plan).isInstanceOf(ReadPlan.GetItem.class);
        GetItemRequest get = ReadRequests.getItem(USERS, (ReadPlan.GetItem) plan, ReadSettings.defaults());
        assertThat(get.tableName()).isEqualTo("users");
        assertThat(get.key())
                .containsExactly(
                        Map.entry("id", AttributeValue.ofString("u1")),
                        Map.entry("sk", AttributeValue.ofString("PROFILE")));
        assertThat(get.projectionExpression()).isEmpty();
    }

    @Test
    void anEqualityOnAGlobalIndexPartitionKey_queriesThatIndex() {
        ReadPlan plan = plan(USERS, where(USERS, "email", "=", "ada@example.com"));

        assertThat(plan).isInstanceOf(ReadPlan.Query.class);
        QueryRequest query =
                ReadRequests.query(USERS, (ReadPlan.Query) plan, ReadSettings.defaults(), PageRequest.first());
        RequestAssert.assertThat(query)
                .hasIndex("email-index")
                .hasKeyCondition("#n0 = :v0")
                .hasNoFilter()
                .hasNames(Map.of("#n0", "email"))
                .hasValues(Map.of(":v0", AttributeValue.ofString("ada@example.com")));
        assertThat(query.returnConsumedCapacity()).isEqualTo(ReturnConsumedCapacity.TOTAL);
        assertThat(query.scanIndexForward()).isTrue();
    }

    @Test
    void aQuery_keepsKeyConditionsOutOfTheFilter_andSharesPlaceholdersWithTheProjection() {
        ReadPlan plan = plan(
                ORDERS,
                where(ORDERS, "customerId", "=", "c1"),
                where(ORDERS, "placedOn", "begins_with", "2026-"),
                where(ORDERS, "status", "=", "OPEN"));
        ReadSettings settings = ReadSettings.defaults()
                .withProjection(List.of(TermFactory.field(ORDERS, "total")))
                .withLimit(10);

        QueryRequest query = ReadRequests.query(
                ORDERS, (ReadPlan.Query) plan, settings, new PageRequest(Map.of(), OptionalInt.of(4), false));

        RequestAssert.assertThat(query)
                .hasIndex("by-date")
                .hasKeyCondition("#n0 = :v0 AND begins_with(#n1, :v1)")
                .hasFilter("#n2 = :v2")
                .hasNames(Map.of("#n0", "customerId", "#n1", "placedOn", "#n2", "status", "#n3", "total"));
        assertThat(query.projectionExpression()).contains("#n3");
        assertThat(query.limit()).isEqualTo(OptionalInt.of(4));
    }

    @Test
    void aCount_asksForTheCountOnly_withoutAProjection() {
        ReadPlan plan = plan(USERS, where(USERS, "id", "=", "u1"));
        ReadSettings settings = ReadSettings.defaults().withProjection(List.of(TermFactory.field(USERS, "email")));

        QueryRequest count = ReadRequests.query(
                USERS, (ReadPlan.Query) plan, settings, new PageRequest(Map.of(), OptionalInt.empty(), true));

        assertThat(count.select()).contains(Select.COUNT);
        assertThat(count.projectionExpression()).isEmpty();
        RequestAssert.assertThat(count).hasNoIndex().hasKeyCondition("#n0 = :v0");
    }

    @Test
    void noKeyCondition_isAScanWithEveryConditionInTheFilter() {
        ReadPlan plan = plan(USERS, where(USERS, "nickname", "=", "Ada"), where(USERS, "version", ">", 2));

        assertThat(plan).isInstanceOf(ReadPlan.Scan.class);
        Map<String, AttributeValue> start =
                Map.of("id", AttributeValue.ofString("u0"), "sk", AttributeValue.ofString("PROFILE"));
        ScanRequest scan = ReadRequests.scan(
                USERS,
                (ReadPlan.Scan) plan,
                ReadSettings.defaults().withSegment(1, 4),
                new PageRequest(start, OptionalInt.empty(), false));

        RequestAssert.assertThat(scan)
                .hasNoIndex()
                .hasFilter("#n0 = :v0 AND #n1 > :v1")
                .hasNames(Map.of("#n0", "nickname", "#n1", "version"));
        assertThat(scan.exclusiveStartKey()).isEqualTo(start);
        assertThat(scan.segment()).isEqualTo(OptionalInt.of(1));
        assertThat(scan.totalSegments()).isEqualTo(OptionalInt.of(4));
    }

    @Test
    void aScanOfANamedIndex_pagesByTheTableAndIndexKeys() {
        ReadPlan plan = ReadPlanner.plan(USERS, List.of(), Optional.empty(), Optional.of("email-index"), false, true);

        ReadPlan.Scan scan = (ReadPlan.Scan) plan;
        assertThat(scan.indexName()).contains("email-index");
        assertThat(scan.pageKeyFields())
                .extracting(field -> field.attributeName())
                .containsExactly("id", "sk", "email");
        RequestAssert.assertThat(ReadRequests.scan(USERS, scan, ReadSettings.defaults(), PageRequest.first()))
                .hasIndex("email-index")
                .hasNoFilter();
    }
}
