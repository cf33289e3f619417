package io.tabletheory.api.port;

import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.BatchWriteItemResult;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.DeleteItemResult;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.GetItemResult;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.PutItemResult;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.UpdateItemResult;

/**
 * The data plane of DynamoDB: item reads and writes, queries, scans and batches, with DynamoDB's own parameters
 * and semantics. The engine calls it; backends (the AWS SDK adapter, the in-memory emulator) implement it.
 *
 * <p>Every method throws a subclass of {@link io.tabletheory.api.error.TableTheoryException}: {@code
 * ValidationException} for a request DynamoDB rejects, {@code ResourceNotFoundException} for a missing table,
 * {@code ConditionFailedException} for a false condition, {@code ThrottlingException} when throttled. A backend
 * that does not support an operation yet throws {@link UnsupportedOperationException} naming it.
 *
 * <p>Implementations are thread-safe.
 */
public interface ItemStore {
    /** Reads one item by its full primary key (GetItem). */
    GetItemResult getItem(GetItemRequest request);

    /** Writes a whole item, optionally under a condition (PutItem). */
    PutItemResult putItem(PutItemRequest request);

    /** Changes an item in place, creating it when absent, optionally under a condition (UpdateItem). */
    UpdateItemResult updateItem(UpdateItemRequest request);

    /** Deletes an item by its full primary key, optionally under a condition (DeleteItem). */
    DeleteItemResult deleteItem(DeleteItemRequest request);

    /** Reads one page of one partition of a table or index (Query). */
    PageResult query(QueryRequest request);

    /** Reads one page of a whole table or index, or of one segment of it (Scan). */
    PageResult scan(ScanRequest request);

    /** Reads up to 100 items across tables; keys not read come back unprocessed (BatchGetItem). */
    BatchGetItemResult batchGetItem(BatchGetItemRequest request);

    /** Applies up to 25 puts and deletes across tables; writes not applied come back unprocessed (BatchWriteItem). */
    BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request);
}
