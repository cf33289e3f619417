package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.ClassicCondition;
import io.tabletheory.api.request.ComparisonOperator;
import io.tabletheory.api.request.ConditionalOperator;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The classic read parameters: {@code KeyConditions} and {@code QueryFilter} on Query, {@code ScanFilter} on Scan,
 * {@code ConditionalOperator} joining a filter's entries, and {@code AttributesToGet} on GetItem, Query, Scan and
 * BatchGetItem; with DynamoDB's errors for a key condition no index can serve and for mixing classic and expression
 * parameters (DynamoDB's LegacyConditionalParameters pages; research §1.5, §1.7, §1.8).
 */
public abstract class ClassicReadsContract extends PortContract {
    private String table;

    @BeforeEach
    void storeAPartition() {
        table = createHashRangeTable("classic-read");
        for (int sk = 1; sk <= 5; sk++) {
            put(
                    table,
                    item(
                            PK,
                            s("p"),
                            SK,
                            n(Integer.toString(sk)),
                            "val",
                            n(Integer.toString(sk * 10)),
                            "tag",
                            s(sk % 2 == 0 ? "even-" + sk : "odd-" + sk)));
        }
        put(table, item(PK, s("other"), SK, n("1"), "val", n("99")));
    }

    private static Map<String, ClassicCondition> partition(String pk, Object... sortOperatorAndValues) {
        Map<String, ClassicCondition> conditions = new LinkedHashMap<>();
        conditions.put(PK, ClassicCondition.of(ComparisonOperator.EQ, AttributeValue.ofString(pk)));
        if (sortOperatorAndValues.length > 0) {
            List<AttributeValue> values = new ArrayList<>();
            for (int i = 1; i < sortOperatorAndValues.length; i++) {
                values.add((AttributeValue) sortOperatorAndValues[i]);
            }
            conditions.put(SK, new ClassicCondition((ComparisonOperator) sortOperatorAndValues[0], values));
        }
        return conditions;
    }

    private PageResult query(QueryRequest.Builder request) {
        return store().query(request.consistentRead(true).build());
    }

    private static List<AttributeValue> sortKeys(PageResult page) {
        return page.items().stream().map(found -> found.get(SK)).toList();
    }

    @Test
    void keyConditions_selectThePartitionAndTheSortKeyRange() {
        assertThat(sortKeys(query(QueryRequest.builder(table).keyConditions(partition("p")))))
                .containsExactly(n("1"), n("2"), n("3"), n("4"), n("5"));
        assertThat(sortKeys(query(QueryRequest.builder(table)
                        .keyConditions(partition("p", ComparisonOperator.BETWEEN, n("2"), n("4"))))))
                .containsExactly(n("2"), n("3"), n("4"));
        assertThat(sortKeys(query(QueryRequest.builder(table)
                        .keyConditions(partition("p", ComparisonOperator.GT, n("3")))
                        .scanIndexForward(false))))
                .containsExactly(n("5"), n("4"));
        assertThat(sortKeys(query(
                        QueryRequest.builder(table).keyConditions(partition("p", ComparisonOperator.LE, n("1"))))))
                .containsExactly(n("1"));
    }

    @Test
    void keyConditions_thatNoIndexCanServe_areRejected() {
        assertValidationError(
                () -> query(QueryRequest.builder(table)
                        .keyConditions(Map.of(PK, ClassicCondition.of(ComparisonOperator.NE, s("p"))))),
                "Attempted conditional constraint is not an indexable operation");
        assertValidationError(
                () -> query(QueryRequest.builder(table).keyConditions(partition("p", ComparisonOperator.EQ, s("1")))),
                "One or more parameter values were invalid: Condition parameter type does not match schema type");
        assertValidationError(
                () -> query(QueryRequest.builder(table)
                        .keyConditions(Map.of(SK, ClassicCondition.of(ComparisonOperator.EQ, n("1"))))),
                "Query condition missed key schema element: pk");
    }

    @Test
    void queryFilter_keepsMatchingItemsAfterTheRead() {
        PageResult page = query(QueryRequest.builder(table)
                .keyConditions(partition("p"))
                .queryFilter(Map.of("tag", ClassicCondition.of(ComparisonOperator.BEGINS_WITH, s("even")))));

        assertThat(sortKeys(page)).containsExactly(n("2"), n("4"));
        assertThat(page.count()).isEqualTo(2);
        assertThat(page.scannedCount()).isEqualTo(5);
    }

    @Test
    void conditionalOperatorOr_keepsItemsMatchingAnyEntry() {
        Map<String, ClassicCondition> filter = new LinkedHashMap<>();
        filter.put("val", ClassicCondition.of(ComparisonOperator.EQ, n("10")));
        filter.put("tag", ClassicCondition.of(ComparisonOperator.EQ, s("even-4")));

        assertThat(sortKeys(query(QueryRequest.builder(table)
                        .keyConditions(partition("p"))
                        .queryFilter(filter)
                        .conditionalOperator(ConditionalOperator.OR))))
                .containsExactly(n("1"), n("4"));
        assertThat(sortKeys(query(QueryRequest.builder(table)
                        .keyConditions(partition("p"))
                        .queryFilter(filter))))
                .isEmpty();
    }

    @Test
    void keyConditions_mayComeWithAFilterExpression() {
        assertThat(sortKeys(query(QueryRequest.builder(table)
                        .keyConditions(partition("p"))
                        .filterExpression("val > :v")
                        .expressionAttributeValues(item(":v", n("30"))))))
                .containsExactly(n("4"), n("5"));
    }

    @Test
    void scanFilter_filtersTheWholeTable() {
        Map<String, ClassicCondition> filter = new LinkedHashMap<>();
        filter.put("val", ClassicCondition.of(ComparisonOperator.GT, n("20")));
        filter.put("tag", ClassicCondition.of(ComparisonOperator.CONTAINS, s("odd")));

        PageResult page = store().scan(ScanRequest.builder(table)
                .scanFilter(filter)
                .conditionalOperator(ConditionalOperator.AND)
                .build());

        assertThat(page.items()).extracting(found -> found.get(SK)).containsExactlyInAnyOrder(n("3"), n("5"));
        assertThat(page.scannedCount()).isEqualTo(6);
    }

    @Test
    void attributesToGet_returnsOnlyTheNamedAttributes_keysIncludedOnlyWhenNamed() {
        Map<String, AttributeValue> key = item(PK, s("p"), SK, n("2"));

        Optional<Map<String, AttributeValue>> got = store().getItem(GetItemRequest.builder(table, key)
                        .attributesToGet(List.of("tag", "missing"))
                        .build())
                .item();
        PageResult queried =
                query(QueryRequest.builder(table).keyConditions(partition("p")).attributesToGet(List.of(SK)));
        PageResult scanned = store().scan(ScanRequest.builder(table)
                .attributesToGet(List.of("val"))
                .build());
        List<Map<String, AttributeValue>> batch = store().batchGetItem(new BatchGetItemRequest(
                        Map.of(
                                table,
                                new KeysAndAttributes(
                                        List.of(key), true, Optional.empty(), Map.of(), List.of(PK, "val"))),
                        ReturnConsumedCapacity.NONE))
                .responses()
                .get(table);

        assertThat(got).contains(item("tag", s("even-2")));
        assertThat(queried.items())
                .allSatisfy(found -> assertThat(found.keySet()).containsExactly(SK));
        assertThat(scanned.items())
                .allSatisfy(found -> assertThat(found.keySet()).containsExactly("val"));
        assertThat(batch).containsExactly(item(PK, s("p"), "val", n("20")));
    }

    @Test
    void attributesToGet_withADuplicate_isRejected() {
        assertValidationError(
                () -> store().getItem(GetItemRequest.builder(table, item(PK, s("p"), SK, n("1")))
                        .attributesToGet(List.of("val", "val"))
                        .build()),
                "One or more parameter values were invalid: Duplicate value in attribute name: val");
    }

    @Test
    void queryFilter_onAKeyAttribute_isRejected() {
        assertValidationError(
                () -> query(QueryRequest.builder(table)
                        .keyConditions(partition("p"))
                        .queryFilter(Map.of(SK, ClassicCondition.of(ComparisonOperator.GT, n("1"))))),
                "QueryFilter can only contain non-primary key attributes: Primary key attribute: sk");
    }

    @Test
    void attributesToGet_withASelectOtherThanSpecificAttributes_isRejectedNamingIt() {
        // moto's AWS-verified captures (test_dynamodb_select.py); a Query's carry "1 validation error detected: ".
        assertValidationError(
                () -> store().scan(ScanRequest.builder(table)
                        .attributesToGet(List.of("val"))
                        .select(Select.COUNT)
                        .build()),
                "Cannot specify the AttributesToGet when choosing to get only the Count");
        assertValidationError(
                () -> query(QueryRequest.builder(table)
                        .keyConditions(partition("p"))
                        .attributesToGet(List.of("val"))
                        .select(Select.ALL_ATTRIBUTES)),
                "1 validation error detected: Cannot specify the AttributesToGet when choosing to get ALL_ATTRIBUTES");
        assertThat(query(QueryRequest.builder(table)
                                .keyConditions(partition("p"))
                                .attributesToGet(List.of("val"))
                                .select(Select.SPECIFIC_ATTRIBUTES))
                        .count())
                .isEqualTo(5);
    }

    @Test
    void mixingClassicAndExpressionParameters_isRejected() {
        assertValidationError(
                () -> store().getItem(GetItemRequest.builder(table, item(PK, s("p"), SK, n("1")))
                        .attributesToGet(List.of("val"))
                        .projectionExpression("val")
                        .build()),
                "Can not use both expression and non-expression parameters in the same request:"
                        + " Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
        assertValidationError(
                () -> query(QueryRequest.builder(table)
                        .keyConditions(partition("p"))
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(item(":p", s("p")))),
                "Can not use both expression and non-expression parameters in the same request:"
                        + " Non-expression parameters: {KeyConditions} Expression parameters: {KeyConditionExpression}");
        assertValidationError(
                () -> store().scan(ScanRequest.builder(table)
                        .scanFilter(Map.of("val", ClassicCondition.of(ComparisonOperator.EQ, n("10"))))
                        .filterExpression("val = :v")
                        .expressionAttributeValues(item(":v", n("10")))
                        .build()),
                "Can not use both expression and non-expression parameters in the same request:"
                        + " Non-expression parameters: {ScanFilter} Expression parameters: {FilterExpression}");
    }
}
