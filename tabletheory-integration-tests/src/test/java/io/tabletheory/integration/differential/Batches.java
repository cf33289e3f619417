package io.tabletheory.integration.differential;

import static org.quicktheories.generators.SourceDSL.lists;

import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.WriteRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of BatchWriteItem and BatchGetItem against the one differential table: a few puts of whole valid items
 * and deletes, or a few keys read with or without a projection. Keys come from the tiny key space, so some batches
 * name a key twice, which both backends must refuse alike.
 */
final class Batches {
    private Batches() {}

    /** BatchWriteItem of one to six puts (two in three) and deletes. */
    static Gen<Step> write() {
        Gen<WriteRequest> put = Items.item().map(WriteRequest.Put::new);
        Gen<WriteRequest> delete = Items.key().map(WriteRequest.Delete::new);
        Gen<WriteRequest> write = Generate.frequency(List.of(Pair.of(2, put), Pair.of(1, delete)));
        return lists().of(write)
                .ofSizeBetween(1, 6)
                .map(writes -> new Step.BatchWrite(new BatchWriteItemRequest(
                        Map.of(Schema.PLACEHOLDER_TABLE, writes), ReturnConsumedCapacity.NONE)));
    }

    /** BatchGetItem of one to five keys, half of them with a projection. */
    static Gen<Step> get() {
        return lists().of(Items.key())
                .ofSizeBetween(1, 5)
                .zip(Operations.projection().toOptionals(50), Generate.booleans(), (keys, projection, consistent) -> {
                    Placeholders p = new Placeholders();
                    Optional<String> text = projection.map(f -> f.render(p));
                    return new Step.BatchGet(new BatchGetItemRequest(
                            Map.of(Schema.PLACEHOLDER_TABLE, new KeysAndAttributes(keys, consistent, text, p.names())),
                            ReturnConsumedCapacity.NONE));
                });
    }
}
