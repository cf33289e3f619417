package io.tabletheory.engine.internal.mapping;

import io.tabletheory.api.error.ModelException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a model's roles and indexes and assembles its {@link ModelSchema}: exactly one partition key, at most
 * one of each other role, key types that map to S/N/B, integer versions, Instant timestamps, long or Instant TTLs,
 * and indexes whose keys are declared consistently.
 */
final class ModelSchemas {
    private static final Set<Class<?>> INTEGER_TYPES =
            Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class, BigInteger.class);
    private static final Set<Class<?>> TTL_TYPES = Set.of(long.class, Long.class, Instant.class);

    private ModelSchemas() {}

    static <T> ModelSchema<T> build(ObjectMapping<T> mapping, String tableName) {
        String model = mapping.type().getName();
        FieldMapping partitionKey = single(mapping, FieldRole.PARTITION_KEY)
                .orElseThrow(() -> new ModelException(model + " has no @PartitionKey field; exactly one field of a"
                        + " model must be the partition key"));
        Optional<FieldMapping> sortKey = single(mapping, FieldRole.SORT_KEY);
        Optional<FieldMapping> version = single(mapping, FieldRole.VERSION);
        Optional<FieldMapping> createdAt = single(mapping, FieldRole.CREATED_AT);
        Optional<FieldMapping> updatedAt = single(mapping, FieldRole.UPDATED_AT);
        Optional<FieldMapping> ttl = single(mapping, FieldRole.TTL);

        requireKeyType(partitionKey, "@PartitionKey");
        sortKey.ifPresent(field -> requireKeyType(field, "@SortKey"));
        if (sortKey.isPresent() && sortKey.get() == partitionKey) {
            throw new ModelException(partitionKey.location() + " cannot be both @PartitionKey and @SortKey");
        }
        version.ifPresent(field -> requireType(
                field,
                INTEGER_TYPES,
                "@Version needs an integer type (int, long," + " short, their boxes, or BigInteger)"));
        createdAt.ifPresent(field -> requireType(field, Set.of(Instant.class), "@CreatedAt needs java.time.Instant"));
        updatedAt.ifPresent(field -> requireType(field, Set.of(Instant.class), "@UpdatedAt needs java.time.Instant"));
        ttl.ifPresent(field ->
                requireType(field, TTL_TYPES, "@Ttl needs long, Long or java.time.Instant (epoch" + " seconds)"));
        for (FieldMapping field : mapping.fields()) {
            if (field.roles().size() > 1) {
                throw new ModelException(field.location() + " has conflicting annotations "
                        + field.roles().stream().map(FieldRole::annotation).toList());
            }
        }
        return new ModelSchema<>(
                mapping,
                tableName,
                partitionKey,
                sortKey,
                version,
                createdAt,
                updatedAt,
                ttl,
                indexes(mapping, partitionKey));
    }

    private static Optional<FieldMapping> single(ObjectMapping<?> mapping, FieldRole role) {
        List<FieldMapping> holders =
                mapping.fields().stream().filter(field -> field.has(role)).toList();
        if (holders.size() > 1) {
            throw new ModelException(mapping.type().getName() + " has " + holders.size() + " " + role.annotation()
                    + " fields ("
                    + String.join(
                            ", ", holders.stream().map(FieldMapping::javaName).toList())
                    + "); at most one is allowed");
        }
        return holders.stream().findFirst();
    }

    private static void requireKeyType(FieldMapping field, String role) {
        if (field.converter().keyType().isEmpty()) {
            throw new ModelException(field.location() + ": a " + role + " must map to a DynamoDB string, number or"
                    + " binary (String, a number type, byte[] or an enum), not "
                    + field.rawType().getSimpleName());
        }
    }

    private static void requireType(FieldMapping field, Set<Class<?>> allowed, String rule) {
        if (!allowed.contains(field.rawType())) {
            throw new ModelException(field.location() + ": " + rule + "; found "
                    + field.rawType().getSimpleName());
        }
    }

    private static List<IndexDefinition> indexes(ObjectMapping<?> mapping, FieldMapping tablePartitionKey) {
        Map<String, FieldMapping> globalPartition = new LinkedHashMap<>();
        Map<String, FieldMapping> globalSort = new LinkedHashMap<>();
        Map<String, FieldMapping> localSort = new LinkedHashMap<>();
        for (FieldMapping field : mapping.fields()) {
            for (String index : field.indexPartitionKeyOf()) {
                putOnce(globalPartition, index, field, "@IndexPartitionKey");
            }
            for (String index : field.indexSortKeyOf()) {
                putOnce(globalSort, index, field, "@IndexSortKey");
            }
            for (String index : field.localIndexSortKeyOf()) {
                putOnce(localSort, index, field, "@LocalIndexSortKey");
            }
        }
        Set<String> names = new LinkedHashSet<>(globalPartition.keySet());
        names.addAll(globalSort.keySet());
        List<IndexDefinition> indexes = new ArrayList<>();
        for (String name : names) {
            FieldMapping partition = globalPartition.get(name);
            if (partition == null) {
                throw new ModelException(mapping.type().getName() + ": global index '" + name + "' has an"
                        + " @IndexSortKey (" + globalSort.get(name).javaName() + ") but no @IndexPartitionKey");
            }
            if (localSort.containsKey(name)) {
                throw new ModelException(
                        mapping.type().getName() + ": index '" + name + "' is declared both global" + " and local");
            }
            requireKeyType(partition, "@IndexPartitionKey");
            Optional<FieldMapping> sort = Optional.ofNullable(globalSort.get(name));
            sort.ifPresent(field -> requireKeyType(field, "@IndexSortKey"));
            indexes.add(new IndexDefinition(name, true, partition, sort));
        }
        for (Map.Entry<String, FieldMapping> local : localSort.entrySet()) {
            requireKeyType(local.getValue(), "@LocalIndexSortKey");
            indexes.add(new IndexDefinition(local.getKey(), false, tablePartitionKey, Optional.of(local.getValue())));
        }
        return indexes;
    }

    private static void putOnce(Map<String, FieldMapping> byIndex, String index, FieldMapping field, String role) {
        if (index.isBlank()) {
            throw new ModelException(field.location() + ": " + role + " must name an index");
        }
        FieldMapping clash = byIndex.putIfAbsent(index, field);
        if (clash != null) {
            throw new ModelException(
                    field.location() + ": index '" + index + "' already has " + role + " " + clash.javaName());
        }
    }
}
