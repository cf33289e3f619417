package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Query and Scan on tables: key conditions, sort order both ways, filters (counted after Limit, refused on key
 * attributes in a Query), projections, Select, Limit paging with LastEvaluatedKey and ExclusiveStartKey, the 1 MB
 * page, parallel scan (compared as multisets: Scan order across partitions is unspecified), and DynamoDB's errors
 * (research §1.7, §1.8, §1.11, §2).
 */
public abstract class QueryScanContract extends PortContract {
    private static final int KB_100 = 100_000;

    /** A hash+range table with partitions "a" (sort keys 1..10, v = sk mod 3) and "b" (1..5). */
    private String numbers() {
        String table = createHashRangeTable("query");
        for (int i = 1; i <= 10; i++) {
            put(table, item(PK, s("a"), SK, n(Integer.toString(i)), "v", n(Integer.toString(i % 3))));
        }
        for (int i = 1; i <= 5; i++) {
            put(table, item(PK, s("b"), SK, n(Integer.toString(i))));
        }
        return table;
    }

    private PageResult query(String table, String keyCondition, Map<String, AttributeValue> values) {
        return store().query(QueryRequest.builder(table)
                .keyConditionExpression(keyCondition)
                .expressionAttributeValues(values)
                .build());
    }

    private static List<String> sortKeys(PageResult page) {
        return page.items().stream().map(item -> text(item.get(SK))).collect(Collectors.toList());
    }

    private static String text(AttributeValue value) {
        return value.accept(SortKeyText.INSTANCE);
    }

    /** The text of a string or number sort key, as the assertions spell it; any other type is not a sort key here. */
    private static final class SortKeyText implements AttributeValue.Visitor<String> {
        static final SortKeyText INSTANCE = new SortKeyText();

        @Override
        public String visitString(AttributeValue.StringValue value) {
            return value.value();
        }

        @Override
        public String visitNumber(AttributeValue.NumberValue value) {
            return value.value();
        }

        @Override
        public String visitBinary(AttributeValue.BinaryValue value) {
            return notASortKey(value);
        }

        @Override
        public String visitStringSet(AttributeValue.StringSetValue value) {
            return notASortKey(value);
        }

        @Override
        public String visitNumberSet(AttributeValue.NumberSetValue value) {
            return notASortKey(value);
        }

        @Override
        public String visitBinarySet(AttributeValue.BinarySetValue value) {
            return notASortKey(value);
        }

        @Override
        public String visitMap(AttributeValue.MapValue value) {
            return notASortKey(value);
        }

        @Override
        public String visitList(AttributeValue.ListValue value) {
            return notASortKey(value);
        }

        @Override
        public String visitNull(AttributeValue.NullValue value) {
            return notASortKey(value);
        }

        @Override
        public String visitBoolean(AttributeValue.BooleanValue value) {
            return notASortKey(value);
        }

        private static String notASortKey(AttributeValue value) {
            throw new AssertionError("the tables of this contract have S or N sort keys, not " + value);
        }
    }

    @Test
    void query_returnsOnePartitionInSortKeyOrder_ascendingOrDescending() {
        String table = numbers();

        PageResult ascending = query(table, "pk = :p", item(":p", s("b")));
        PageResult descending = store().query(QueryRequest.builder(table)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(item(":p", s("b")))
                .scanIndexForward(false)
                .build());

        assertThat(sortKeys(ascending)).containsExactly("1", "2", "3", "4", "5");
        assertThat(ascending.count()).isEqualTo(5);
        assertThat(ascending.scannedCount()).isEqualTo(5);
        assertThat(ascending.hasMore()).isFalse();
        assertThat(sortKeys(descending)).containsExactly("5", "4", "3", "2", "1");
    }

    @Test
    void query_withEachSortKeyCondition_returnsTheMatchingRange() {
        String table = numbers();

        assertThat(sortKeys(query(table, "pk = :p AND sk < :v", item(":p", s("a"), ":v", n("3")))))
                .containsExactly("1", "2");
        assertThat(sortKeys(query(table, "pk = :p AND sk <= :v", item(":p", s("a"), ":v", n("3")))))
                .containsExactly("1", "2", "3");
        assertThat(sortKeys(query(table, "pk = :p AND sk > :v", item(":p", s("a"), ":v", n("8")))))
                .containsExactly("9", "10");
        assertThat(sortKeys(query(table, "pk = :p AND sk >= :v", item(":p", s("a"), ":v", n("9")))))
                .containsExactly("9", "10");
        assertThat(sortKeys(query(table, "pk = :p AND sk = :v", item(":p", s("a"), ":v", n("4")))))
                .containsExactly("4");
        assertThat(sortKeys(query(
                        table,
                        "(pk = :p) AND (sk BETWEEN :lo AND :hi)",
                        item(":p", s("a"), ":lo", n("4"), ":hi", n("6")))))
                .containsExactly("4", "5", "6");
    }

    @Test
    void query_withBeginsWith_onStringSortKey_returnsThePrefixRange() {
        String table = uniqueTableName("query-prefix");
        store().createTable(CreateTableRequest.builder(table)
                .partitionKey(PK, ScalarAttributeType.S)
                .sortKey(SK, ScalarAttributeType.S)
                .build());
        awaitActive(table);
        for (String sk : List.of("apple", "ap", "banana", "apricot", "a", "b")) {
            put(table, item(PK, s("p"), SK, s(sk)));
        }

        PageResult page = store().query(QueryRequest.builder(table)
                .keyConditionExpression("pk = :p AND begins_with(sk, :x)")
                .expressionAttributeValues(item(":p", s("p"), ":x", s("ap")))
                .scanIndexForward(false)
                .build());

        assertThat(sortKeys(page)).containsExactly("apricot", "apple", "ap");
    }

    @Test
    void query_limit_countsItemsReadBeforeTheFilter_andPagesResumeAfterTheLastKey() {
        String table = numbers();
        QueryRequest first = QueryRequest.builder(table)
                .keyConditionExpression("pk = :p")
                .filterExpression("v = :zero")
                .expressionAttributeValues(item(":p", s("a"), ":zero", n("0")))
                .limit(4)
                .build();

        PageResult one = store().query(first);
        PageResult two = store().query(first.toBuilder()
                .exclusiveStartKey(one.lastEvaluatedKey())
                .build());
        PageResult three = store().query(first.toBuilder()
                .exclusiveStartKey(two.lastEvaluatedKey())
                .build());

        assertThat(sortKeys(one)).containsExactly("3");
        assertThat(one.count()).isEqualTo(1);
        assertThat(one.scannedCount()).isEqualTo(4);
        assertThat(one.lastEvaluatedKey()).isEqualTo(item(PK, s("a"), SK, n("4")));
        assertThat(sortKeys(two)).containsExactly("6");
        assertThat(two.lastEvaluatedKey()).isEqualTo(item(PK, s("a"), SK, n("8")));
        assertThat(sortKeys(three)).containsExactly("9");
        assertThat(three.scannedCount()).isEqualTo(2);
        assertThat(three.hasMore()).isFalse();
    }

    @Test
    void query_ofHashOnlyTable_withLimitOne_endsOnItsOnlyPage() {
        // A hash-only table's key is unique, so its Query reads at most one item, and DynamoDB refuses to resume it
        // ("The query can return at most one row and cannot be restarted", research §1.11): it must not hand out a
        // LastEvaluatedKey that a paging loop would send back. Found by the reference-model differential test.
        String table = createHashTable("query-hash-only");
        put(table, item(PK, s("a"), "v", n("1")));

        PageResult page = store().query(QueryRequest.builder(table)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(item(":p", s("a")))
                .limit(1)
                .build());

        assertThat(page.items()).containsExactly(item(PK, s("a"), "v", n("1")));
        assertThat(page.scannedCount()).isEqualTo(1);
        assertThat(page.lastEvaluatedKey()).isEmpty();
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void query_descendingWithLimit_lastEvaluatedKeyIsTheLastItemReturned() {
        String table = numbers();
        QueryRequest first = QueryRequest.builder(table)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(item(":p", s("b")))
                .scanIndexForward(false)
                .limit(5)
                .build();

        PageResult one = store().query(first);

        assertThat(sortKeys(one)).containsExactly("5", "4", "3", "2", "1");
        assertThat(one.lastEvaluatedKey()).isEqualTo(item(PK, s("b"), SK, n("1")));
        PageResult after = store().query(first.toBuilder()
                .exclusiveStartKey(one.lastEvaluatedKey())
                .build());
        assertThat(after.items()).isEmpty();
        assertThat(after.hasMore()).isFalse();
    }

    @Test
    void query_withProjectionAndSelect_returnsWhatWasAskedFor() {
        String table = numbers();

        PageResult projected = store().query(QueryRequest.builder(table)
                .keyConditionExpression("pk = :p AND sk = :one")
                .projectionExpression("v, absent")
                .expressionAttributeValues(item(":p", s("a"), ":one", n("1")))
                .build());
        PageResult counted = store().query(QueryRequest.builder(table)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(item(":p", s("a")))
                .select(Select.COUNT)
                .build());
        PageResult specific = store().query(QueryRequest.builder(table)
                .keyConditionExpression("pk = :p AND sk = :one")
                .projectionExpression("#k")
                .expressionAttributeNames(Map.of("#k", SK))
                .expressionAttributeValues(item(":p", s("a"), ":one", n("1")))
                .select(Select.SPECIFIC_ATTRIBUTES)
                .build());

        assertThat(projected.items()).containsExactly(item("v", n("1")));
        assertThat(counted.items()).isEmpty();
        assertThat(counted.count()).isEqualTo(10);
        assertThat(specific.items()).containsExactly(item(SK, n("1")));
    }

    @Test
    void query_pageStopsAtOneMegabyte_includingTheItemThatCrossesIt() {
        String table = createHashRangeTable("query-1mb");
        for (int i = 0; i < 15; i++) {
            put(table, bigItem("big", i));
        }

        PageResult page = query(table, "pk = :p", item(":p", s("big")));

        // Each item is 100,000 bytes: ten are 1,000,000 bytes, the eleventh crosses 1 MB (1,048,576).
        assertThat(page.count()).isEqualTo(11);
        assertThat(page.lastEvaluatedKey()).isEqualTo(item(PK, s("big"), SK, n("10")));
    }

    @Test
    void query_pageOfOneMegabyte_countsItemsTheFilterDrops() {
        String table = createHashRangeTable("query-1mb-filter");
        for (int i = 0; i < 15; i++) {
            put(table, bigItem("big", i));
        }

        PageResult page = store().query(QueryRequest.builder(table)
                .keyConditionExpression("pk = :p")
                .filterExpression("attribute_exists(nothing)")
                .expressionAttributeValues(item(":p", s("big")))
                .build());

        // The 1 MB applies to the items read, before the FilterExpression (research §1.11 and §3a; the Developer
        // Guide's Query.md and Scan.md). DynamoDB Local was observed not to count the items the filter drops (25 x
        // 100 KB with a filter matching none gave one page, ScannedCount 25, no LastEvaluatedKey).
        assertThat(page.count()).isZero();
        assertThat(page.scannedCount()).isEqualTo(11);
        assertThat(page.lastEvaluatedKey()).isEqualTo(item(PK, s("big"), SK, n("10")));
    }

    /** An item of exactly 100,000 bytes: pk (2) + value (3) + sk (2) + number (2) + "data" (4) + the string. */
    private static Map<String, AttributeValue> bigItem(String partition, int sort) {
        int numberBytes = sort == 0 ? 1 : 2;
        return item(
                PK,
                s(partition),
                SK,
                n(Integer.toString(sort)),
                "data",
                s("x".repeat(KB_100 - 2 - partition.length() - 2 - numberBytes - 4)));
    }

    @Test
    void query_refusesMalformedKeyConditions() {
        String table = numbers();
        Map<String, AttributeValue> values = item(":p", s("a"), ":v", n("1"));

        assertValidationError(
                () -> query(table, "pk = :p OR sk = :v", values),
                "Invalid operator used in KeyConditionExpression: OR");
        assertValidationError(
                () -> query(table, "sk = :v", item(":v", n("1"))), "Query condition missed key schema element: pk");
        assertValidationError(() -> query(table, "pk > :p", item(":p", s("a"))), "Query key condition not supported");
        assertValidationError(
                () -> query(table, "pk = :p AND sk > :v AND sk < :v", values),
                "KeyConditionExpressions must only contain one condition per key");
        assertValidationError(
                () -> query(table, "pk = :p AND sk = pk", item(":p", s("a"))),
                "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
        assertValidationError(
                () -> query(table, "pk = :p AND sk = :x", item(":p", s("a"), ":x", s("1"))),
                "One or more parameter values were invalid: Condition parameter type does not match schema type");
        assertValidationError(
                () -> query(table, "pk = :p AND begins_with(sk, :v)", values),
                "Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or"
                        + " function: begins_with, operand type: N");
    }

    @Test
    void query_refusesAFilterOnAKeyAttribute() {
        String table = numbers();

        assertValidationError(
                () -> store().query(QueryRequest.builder(table)
                        .keyConditionExpression("pk = :p")
                        .filterExpression("v = :v OR sk = :v")
                        .expressionAttributeValues(item(":p", s("a"), ":v", n("1")))
                        .build()),
                "Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
    }

    @Test
    void query_refusesBadLimitSelectAndUnusedPlaceholders() {
        String table = numbers();
        QueryRequest.Builder base = QueryRequest.builder(table)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(item(":p", s("a")));

        // A Query's Limit is named capitalised and without its value ([CONF] query.test.ts); a Scan's is not.
        assertValidationError(
                () -> store().query(base.limit(0).build()),
                "1 validation error detected: Value at 'Limit' failed to satisfy constraint: Member must have"
                        + " value greater than or equal to 1");
        assertValidationError(
                () -> store().query(base.limit(null)
                        .select(Select.SPECIFIC_ATTRIBUTES)
                        .build()),
                "Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
        assertValidationError(
                () -> store().query(base.select(Select.COUNT)
                        .projectionExpression("v")
                        .build()),
                "Cannot specify the ProjectionExpression when choosing to get only the Count");
        assertValidationError(
                () -> store().query(base.select(null)
                        .projectionExpression("#v")
                        .expressionAttributeNames(Map.of("#v", "v", "#unused", "x"))
                        .build()),
                "Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}");
    }

    @Test
    void query_exclusiveStartKey_mustHaveTheKeyShapeAndLieInTheQuery() {
        String table = numbers();
        QueryRequest.Builder base = QueryRequest.builder(table)
                .keyConditionExpression("pk = :p AND sk > :v")
                .expressionAttributeValues(item(":p", s("a"), ":v", n("5")));

        assertValidationError(
                () -> store().query(base.exclusiveStartKey(item(PK, s("a"))).build()),
                "The provided starting key is invalid: The provided key element does not match the schema");
        assertValidationError(
                () -> store().query(base.exclusiveStartKey(item(PK, s("a"), SK, n("2")))
                        .build()),
                "The provided starting key does not match the range key predicate");
        assertThat(sortKeys(store().query(base.exclusiveStartKey(item(PK, s("a"), SK, n("7.5")))
                        .build())))
                .containsExactly("8", "9", "10");
    }

    @Test
    void queryAndScan_onMissingTable_failWithResourceNotFound() {
        String table = uniqueTableName("query-no-table");

        assertError(
                ResourceNotFoundException.class,
                () -> query(table, "pk = :p", item(":p", s("a"))),
                "Requested resource not found");
        assertError(
                ResourceNotFoundException.class,
                () -> store().scan(ScanRequest.builder(table).build()),
                "Requested resource not found");
    }

    @Test
    void scan_returnsEveryItem_eachPartitionInSortKeyOrder() {
        String table = numbers();

        PageResult page = store().scan(ScanRequest.builder(table).build());

        assertThat(page.count()).isEqualTo(15);
        List<String> partitionA = page.items().stream()
                .filter(item -> item.get(PK).equals(s("a")))
                .map(item -> text(item.get(SK)))
                .collect(Collectors.toList());
        assertThat(partitionA).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    }

    @Test
    void scan_mayFilterOnKeyAttributes_andPagesWithLimit() {
        String table = numbers();
        List<Map<String, AttributeValue>> read = new ArrayList<>();
        ScanRequest request = ScanRequest.builder(table)
                .filterExpression("sk >= :three")
                .expressionAttributeValues(item(":three", n("3")))
                .limit(4)
                .build();
        PageResult page;
        int pages = 0;
        do {
            page = store().scan(request);
            assertThat(page.scannedCount()).isLessThanOrEqualTo(4);
            read.addAll(page.items());
            request = request.toBuilder()
                    .exclusiveStartKey(page.lastEvaluatedKey())
                    .build();
            pages++;
        } while (page.hasMore());

        assertThat(read).hasSize(11).doesNotHaveDuplicates();
        assertThat(pages).isBetween(4, 5);
    }

    @Test
    void parallelScan_segmentsAreDisjointAndCoverTheTable() {
        String table = createHashRangeTable("scan-segments");
        List<Map<String, AttributeValue>> written = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Map<String, AttributeValue> item = item(PK, s("p" + i), SK, n(Integer.toString(i % 3)));
            put(table, item);
            written.add(item);
        }

        List<Map<String, AttributeValue>> read = new ArrayList<>();
        for (int segment = 0; segment < 3; segment++) {
            ScanRequest request = ScanRequest.builder(table)
                    .segment(segment)
                    .totalSegments(3)
                    .limit(7)
                    .build();
            PageResult page;
            do {
                page = store().scan(request);
                read.addAll(page.items());
                request = request.toBuilder()
                        .exclusiveStartKey(page.lastEvaluatedKey())
                        .build();
            } while (page.hasMore());
        }

        assertThat(read).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void scan_refusesBadSegments() {
        String table = numbers();

        assertValidationError(
                () -> store().scan(ScanRequest.builder(table).segment(1).build()),
                "The TotalSegments parameter is required but was not present in the request when Segment parameter"
                        + " is present");
        assertValidationError(
                () -> store().scan(ScanRequest.builder(table).totalSegments(2).build()),
                "The Segment parameter is required but was not present in the request when parameter TotalSegments"
                        + " is present");
        assertValidationError(
                () -> store().scan(ScanRequest.builder(table)
                        .segment(5)
                        .totalSegments(5)
                        .build()),
                "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 5 is"
                        + " not less than TotalSegments: 5");
    }
}
