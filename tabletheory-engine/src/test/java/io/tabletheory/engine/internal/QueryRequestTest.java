package io.tabletheory.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.Page;
import io.tabletheory.SortOrder;
import io.tabletheory.TableTheory;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.fixtures.Order;
import io.tabletheory.engine.fixtures.RecordingStore;
import io.tabletheory.engine.fixtures.User;
import io.tabletheory.engine.internal.cursor.CursorCodec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How reads compile: GetItem vs Query vs Scan, key conditions vs filters, paging settings and cursors. */
class QueryRequestTest {
    private final RecordingStore store = new RecordingStore();
    private final TableTheory db = TableTheory.builder().store(store).build();

    private static AttributeValue s(String value) {
        return AttributeValue.ofString(value);
    }

    @Test
    void thePartitionKeyAlone_isAQueryOfTheTable() {
        db.model(User.class).where("id", "=", "u1").all();

        QueryRequest query = store.last(QueryRequest.class);
        assertThat(query.tableName()).isEqualTo("users");
        assertThat(query.indexName()).isEmpty();
        assertThat(query.keyConditionExpression()).contains("#n0 = :v0");
        assertThat(query.filterExpression()).isEmpty();
        assertThat(query.expressionAttributeNames()).isEqualTo(Map.of("#n0", "id"));
        assertThat(query.expressionAttributeValues()).isEqualTo(Map.of(":v0", s("u1")));
        assertThat(query.scanIndexForward()).isTrue();
    }

    @Test
    void aGlobalIndexPartitionKey_isAQueryOfThatIndex() {
        db.model(User.class).where("email", "=", "ada@example.com").all();

        QueryRequest query = store.last(QueryRequest.class);
        assertThat(query.indexName()).contains("email-index");
        assertThat(query.keyConditionExpression()).contains("#n0 = :v0");
        assertThat(query.expressionAttributeNames()).isEqualTo(Map.of("#n0", "email"));
    }

    @Test
    void theChoice_doesNotDependOnTheOrderOfWhereCalls() {
        db.model(Order.class)
                .where("note", "=", "gift")
                .where("customerId", "=", "c1")
                .all();
        QueryRequest first = store.last(QueryRequest.class);
        db.model(Order.class)
                .where("customerId", "=", "c1")
                .where("note", "=", "gift")
                .all();
        QueryRequest second = store.last(QueryRequest.class);

        assertThat(first.keyConditionExpression()).isEqualTo(second.keyConditionExpression());
        assertThat(first.filterExpression()).contains("#n1 = :v1");
        assertThat(first.expressionAttributeNames()).isEqualTo(Map.of("#n0", "customerId", "#n1", "note"));
    }

    @Test
    void aSortKeyCondition_preferringTheKeySchemaItMatches() {
        db.model(Order.class)
                .where("customerId", "=", "c1")
                .where("placedOn", "between", List.of("2026-01-01", "2026-12-31"))
                .orderBy(SortOrder.DESC)
                .all();

        QueryRequest query = store.last(QueryRequest.class);
        assertThat(query.indexName()).contains("by-date");
        assertThat(query.keyConditionExpression()).contains("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2");
        assertThat(query.scanIndexForward()).isFalse();
    }

    @Test
    void aGlobalIndexWithASortKeyCondition_isQueriedOnBothKeys() {
        db.model(Order.class)
                .where("total", ">=", 100)
                .where("status", "=", "OPEN")
                .all();

        QueryRequest query = store.last(QueryRequest.class);
        assertThat(query.indexName()).contains("by-status");
        assertThat(query.keyConditionExpression()).contains("#n0 = :v0 AND #n1 >= :v1");
        assertThat(query.expressionAttributeNames()).isEqualTo(Map.of("#n0", "status", "#n1", "total"));
    }

    @Test
    void beginsWithOnTheSortKey_isAKeyCondition() {
        db.model(Order.class)
                .where("customerId", "=", "c1")
                .where("orderId", "begins_with", "2026-")
                .all();

        assertThat(store.last(QueryRequest.class).keyConditionExpression())
                .contains("#n0 = :v0 AND begins_with(#n1, :v1)");
    }

    @Test
    void noPartitionKeyCondition_isAScanWithEveryConditionInTheFilter() {
        db.model(User.class)
                .where("tags", "contains", "admin")
                .where("nickname", "exists", null)
                .all();

        ScanRequest scan = store.last(ScanRequest.class);
        assertThat(scan.filterExpression()).contains("contains(#n0, :v0) AND attribute_exists(#n1)");
        assertThat(scan.expressionAttributeValues()).isEqualTo(Map.of(":v0", s("admin")));
    }

    @Test
    void filters_combineWithDynamoDbsPrecedence_andGroupsInParentheses() {
        db.model(Order.class)
                .where("customerId", "=", "c1")
                .filter("note", "=", "a")
                .orFilter("note", "=", "b")
                .filter("status", "in", List.of("OPEN", "PAID"))
                .filterGroup(group -> group.filter("total", "<", 10).orFilter("total", ">", 1000))
                .all();

        assertThat(store.last(QueryRequest.class).filterExpression())
                .contains("#n1 = :v1 OR (#n1 = :v2 AND #n2 IN (:v3, :v4) AND (#n3 < :v5 OR #n3 > :v6))");
    }

    @Test
    void aConditionOnAQueriedKeyThatCannotBeAKeyCondition_isRefused() {
        assertThatThrownBy(() -> db.model(Order.class)
                        .where("customerId", "=", "c1")
                        .where("orderId", "!=", "o1")
                        .all())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orderId != cannot run on table orders")
                .hasMessageContaining("DynamoDB refuses filters on the key attributes of a query");
    }

    @Test
    void consistentRead_neverChoosesAGlobalIndex_andIsRefusedOnANamedOne() {
        db.model(User.class)
                .consistentRead()
                .where("email", "=", "a@example.com")
                .all();
        ScanRequest scan = store.last(ScanRequest.class);
        assertThat(scan.consistentRead()).isTrue();
        assertThat(scan.indexName()).isEmpty();

        assertThatThrownBy(() -> db.model(User.class)
                        .consistentRead()
                        .index("email-index")
                        .where("email", "=", "a@example.com")
                        .all())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read global secondary index email-index");
    }

    @Test
    void anUnknownIndex_isRefusedListingTheDeclaredOnes() {
        assertThatThrownBy(() -> db.model(Order.class).index("by-colour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Order declares no index 'by-colour'; its indexes are [by-status, by-date]");
    }

    @Test
    void limitSelectAndCount_becomeRequestParameters() {
        db.model(User.class)
                .where("id", "=", "u1")
                .select("email", "version")
                .limit(25)
                .page();
        QueryRequest page = store.last(QueryRequest.class);
        assertThat(page.limit()).hasValue(25);
        assertThat(page.projectionExpression()).contains("#n1, #n2");
        assertThat(page.expressionAttributeNames())
                .containsEntry("#n1", "email")
                .containsEntry("#n2", "version");

        db.model(User.class).where("id", "=", "u1").count();
        assertThat(store.last(QueryRequest.class).select()).contains(Select.COUNT);
    }

    @Test
    void aPage_endsWithACursorThatTheNextPageResumesFrom() {
        Map<String, AttributeValue> lastKey = Map.of("id", s("u1"), "sk", s("ORDER#5"));
        store.answerPagesWith(
                new PageResult(List.of(Map.of("id", s("u1"), "sk", s("ORDER#5"))), 1, 1, lastKey, Optional.empty()));

        Page<User> page = db.model(User.class).where("id", "=", "u1").limit(1).page();

        assertThat(page.items()).singleElement().extracting(User::sk).isEqualTo("ORDER#5");
        assertThat(page.hasMore()).isTrue();
        assertThat(page.nextCursor()).contains(CursorCodec.encode(lastKey, Optional.empty(), Optional.of("ASC")));

        db.model(User.class)
                .where("id", "=", "u1")
                .cursor(page.nextCursor().get())
                .page();
        assertThat(store.last(QueryRequest.class).exclusiveStartKey()).isEqualTo(lastKey);
    }

    @Test
    void all_followsEveryPage_andStopsAtTheLimit() {
        store.answerPagesWith(
                new PageResult(
                        List.of(user("a"), user("b")), 2, 2, Map.of("id", s("u1"), "sk", s("b")), Optional.empty()),
                new PageResult(List.of(user("c")), 1, 1, Map.of(), Optional.empty()));

        assertThat(db.model(User.class).where("id", "=", "u1").all())
                .extracting(User::sk)
                .containsExactly("a", "b", "c");
        assertThat(store.requests()).filteredOn(QueryRequest.class::isInstance).hasSize(2);
    }

    @Test
    void aCursorOfAnotherModelOrIndexOrOrder_isRefused() {
        String orders = CursorCodec.encode(
                Map.of("customerId", s("c1"), "orderId", s("o1")), Optional.empty(), Optional.of("ASC"));
        assertThatThrownBy(() -> db.model(User.class)
                        .where("id", "=", "u1")
                        .cursor(orders)
                        .page())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the cursor belongs to another model or index");

        String onIndex = CursorCodec.encode(
                Map.of("id", s("u1"), "sk", s("x"), "email", s("e")), Optional.of("email-index"), Optional.empty());
        assertThatThrownBy(() -> db.model(User.class)
                        .where("id", "=", "u1")
                        .cursor(onIndex)
                        .page())
                .hasMessageContaining("it was made for index email-index");

        String descending =
                CursorCodec.encode(Map.of("id", s("u1"), "sk", s("x")), Optional.empty(), Optional.of("DESC"));
        assertThatThrownBy(() -> db.model(User.class)
                        .where("id", "=", "u1")
                        .cursor(descending)
                        .page())
                .hasMessageContaining("it was made for DESC order");

        assertThatThrownBy(() -> db.model(User.class)
                        .where("id", "=", "u1")
                        .cursor("%%%")
                        .page())
                .hasMessageStartingWith("invalid cursor");
    }

    @Test
    void descendingOrder_onAScan_isRefused() {
        assertThatThrownBy(() -> db.model(User.class).orderBy(SortOrder.DESC).scan())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("orderBy(DESC) needs a query");
    }

    @Test
    void scan_isAlwaysAScan_andParallelScanSetsTheSegment() {
        db.model(User.class).where("id", "=", "u1").scan();
        assertThat(store.last(ScanRequest.class).filterExpression()).contains("#n0 = :v0");

        db.model(User.class).parallelScan(2, 4).all();
        ScanRequest segment = store.last(ScanRequest.class);
        assertThat(segment.segment()).hasValue(2);
        assertThat(segment.totalSegments()).hasValue(4);

        db.model(User.class).scanAllSegments(3);
        assertThat(store.requests())
                .filteredOn(request ->
                        request instanceof ScanRequest scan && scan.segment().isPresent())
                .map(request -> ((ScanRequest) request).segment().getAsInt())
                .contains(0, 1, 2);
    }

    @Test
    void theFullKey_isAGetItem_withTheProjection() {
        db.model(User.class)
                .where("id", "=", "u1")
                .where("sk", "=", "P")
                .select("email")
                .all();

        GetItemRequest get = store.last(GetItemRequest.class);
        assertThat(get.projectionExpression()).contains("#n0");
        assertThat(get.expressionAttributeNames()).isEqualTo(Map.of("#n0", "email"));
    }

    private static Map<String, AttributeValue> user(String sortKey) {
        return Map.of("id", s("u1"), "sk", s(sortKey));
    }
}
