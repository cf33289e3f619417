package io.tabletheory.engine.internal.table;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.IndexDefinition;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives a CreateTable request from a model schema: the table key, each declared index (projecting all
 * attributes), the key attribute types, on-demand billing. A pure function, tested on the request it returns.
 */
public final class TableDefinitions {
    private TableDefinitions() {}

    public static CreateTableRequest of(ModelSchema<?> schema) {
        CreateTableRequest.Builder request = CreateTableRequest.builder(schema.tableName())
                .partitionKey(schema.partitionKey().attributeName(), keyType(schema.partitionKey()));
        schema.sortKey().ifPresent(sort -> request.sortKey(sort.attributeName(), keyType(sort)));
        for (IndexDefinition index : schema.indexes()) {
            List<KeySchemaElement> keySchema = new ArrayList<>();
            keySchema.add(new KeySchemaElement(index.partitionKey().attributeName(), KeyType.HASH));
            request.attribute(index.partitionKey().attributeName(), keyType(index.partitionKey()));
            index.sortKey().ifPresent(sort -> {
                keySchema.add(new KeySchemaElement(sort.attributeName(), KeyType.RANGE));
                request.attribute(sort.attributeName(), keyType(sort));
            });
            SecondaryIndex definition = new SecondaryIndex(index.name(), keySchema, Projection.all());
            if (index.global()) {
                request.globalSecondaryIndex(definition);
            } else {
                request.localSecondaryIndex(definition);
            }
        }
        return request.build();
    }

    private static ScalarAttributeType keyType(FieldMapping field) {
        return field.converter()
                .keyType()
                .orElseThrow(() -> new IllegalStateException(field.location() + " is not a key type"));
    }
}
