package io.tabletheory.integration.differential;

import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.UpdateItemRequest;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One operation of a differential sequence: a port request written against {@link Schema#PLACEHOLDER_TABLE}, which
 * the runner moves onto each backend's table. Reads are followed through every page by the runner.
 */
sealed interface Step {
    /** Request fields at their defaults, dropped from {@link #describe()} to keep reproductions short. */
    Pattern DEFAULTS = Pattern.compile(
            ", \\w+=(Optional\\.empty|OptionalInt\\.empty|\\{\\}|NONE|false)(?=[,\\]])|tableName=differential, ");

    /** The same step on table {@code table}. */
    Step onTable(String table);

    /** The request, without the parameters left at their defaults. */
    default String describe() {
        return DEFAULTS.matcher(request().toString()).replaceAll("");
    }

    /** The port request. */
    Record request();

    /** PutItem. */
    record Put(PutItemRequest request) implements Step {
        @Override
        public Step onTable(String table) {
            return new Put(request.toBuilder().tableName(table).build());
        }
    }

    /** GetItem. */
    record Get(GetItemRequest request) implements Step {
        @Override
        public Step onTable(String table) {
            return new Get(request.toBuilder().tableName(table).build());
        }
    }

    /** DeleteItem. */
    record Delete(DeleteItemRequest request) implements Step {
        @Override
        public Step onTable(String table) {
            return new Delete(request.toBuilder().tableName(table).build());
        }
    }

    /**
     * UpdateItem.
     *
     * @param onlyRemovesOrDeletes whether the expression only REMOVEs and DELETEs (which changes nothing when the
     *     item is missing, research §1.9)
     */
    record Update(UpdateItemRequest request, boolean onlyRemovesOrDeletes) implements Step {
        @Override
        public Step onTable(String table) {
            return new Update(request.toBuilder().tableName(table).build(), onlyRemovesOrDeletes);
        }
    }

    /** Query, followed through every page. */
    record Query(QueryRequest request) implements Step {
        @Override
        public Step onTable(String table) {
            return new Query(request.toBuilder().tableName(table).build());
        }
    }

    /** Scan, followed through every page. */
    record Scan(ScanRequest request) implements Step {
        @Override
        public Step onTable(String table) {
            return new Scan(request.toBuilder().tableName(table).build());
        }
    }

    /** BatchWriteItem, against the one table. */
    record BatchWrite(BatchWriteItemRequest request) implements Step {
        @Override
        public Step onTable(String table) {
            return new BatchWrite(new BatchWriteItemRequest(
                    Map.of(table, request.requestItems().get(Schema.PLACEHOLDER_TABLE)),
                    request.returnConsumedCapacity()));
        }
    }

    /** BatchGetItem, against the one table. */
    record BatchGet(BatchGetItemRequest request) implements Step {
        @Override
        public Step onTable(String table) {
            return new BatchGet(new BatchGetItemRequest(
                    Map.of(table, request.requestItems().get(Schema.PLACEHOLDER_TABLE)),
                    request.returnConsumedCapacity()));
        }
    }

    /** TransactWriteItems, every action against the one table. */
    record TransactWrite(TransactWriteItemsRequest request) implements Step {
        @Override
        public Step onTable(String table) {
            return new TransactWrite(new TransactWriteItemsRequest(
                    request.transactItems().stream()
                            .map(action -> Transactions.onTable(action, table))
                            .toList(),
                    request.clientRequestToken(),
                    request.returnConsumedCapacity()));
        }
    }

    /** TransactGetItems, every read against the one table. */
    record TransactGet(TransactGetItemsRequest request) implements Step {
        @Override
        public Step onTable(String table) {
            return new TransactGet(new TransactGetItemsRequest(
                    request.transactItems().stream()
                            .map(read -> new TransactGetItem(
                                    table, read.key(), read.projectionExpression(), read.expressionAttributeNames()))
                            .toList(),
                    request.returnConsumedCapacity()));
        }
    }
}
