package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.table.AttributeDefinition;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.ProjectionType;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.inmemory.internal.check.Constraints;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates a CreateTable request as DynamoDB does, with DynamoDB's (AWS) messages: model constraints first (names,
 * key schema lengths, throughput), then the key schema (one HASH first, at most one RANGE), the attribute
 * definitions (exactly the key attributes of the table and its indexes), local indexes (the table's partition key,
 * a sort key, at most 5), global indexes (at most 20), projections (NonKeyAttributes exactly with INCLUDE), index-name uniqueness, and billing.
 */
public final class TableDefinitionValidator {
    private static final String INVALID = "One or more parameter values were invalid: ";

    private TableDefinitionValidator() {}

    /**
     * Validates {@code request}.
     *
     * @throws ValidationException with DynamoDB's message for the first problem found
     */
    public static void validate(CreateTableRequest request) {
        checkConstraints(request);
        List<String> definitions = request.attributeDefinitions().stream()
                .map(AttributeDefinition::attributeName)
                .collect(Collectors.toList());
        if (new HashSet<>(definitions).size() != definitions.size()) {
            throw new ValidationException(INVALID + "Duplicate AttributeName in AttributeDefinitions");
        }
        checkBilling(request);
        List<String> keys = names(request.keySchema());
        if (keys.size() > definitions.size()) {
            throw new ValidationException("Invalid KeySchema: Some index key attribute have no definition");
        }
        checkKeySchema(request.keySchema(), definitions);
        Set<String> used = new LinkedHashSet<>(keys);
        Set<String> indexNames = new HashSet<>();
        if (!request.localSecondaryIndexes().isEmpty()) {
            if (request.keySchema().size() != 2) {
                throw new ValidationException(INVALID + "Table KeySchema does not have a range key, which is required"
                        + " when specifying a LocalSecondaryIndex");
            }
            String tableHash = request.keySchema().get(0).attributeName();
            for (SecondaryIndex index : request.localSecondaryIndexes()) {
                checkKeySchema(index.keySchema(), definitions);
                if (index.keySchema().size() != 2) {
                    throw new ValidationException(
                            INVALID + "Index KeySchema does not have a range key for index: " + index.indexName());
                }
                String indexHash = index.keySchema().get(0).attributeName();
                if (!indexHash.equals(tableHash)) {
                    throw new ValidationException(INVALID
                            + "Index KeySchema does not have the same leading hash key as table KeySchema for index: "
                            + index.indexName() + ". index hash key: " + indexHash + ", table hash key: "
                            + tableHash);
                }
                checkIndex(index, indexNames);
                used.addAll(names(index.keySchema()));
            }
            if (request.localSecondaryIndexes().size() > 5) {
                throw new ValidationException(INVALID + "Number of LocalSecondaryIndexes exceeds per-table limit of 5");
            }
        }
        for (SecondaryIndex index : request.globalSecondaryIndexes()) {
            checkKeySchema(index.keySchema(), definitions);
            checkIndex(index, indexNames);
            used.addAll(names(index.keySchema()));
        }
        if (request.globalSecondaryIndexes().size() > 20) {
            throw new ValidationException(INVALID + "GlobalSecondaryIndex count exceeds the per-table limit of 20");
        }
        if (used.size() != definitions.size()) {
            if (request.localSecondaryIndexes().isEmpty()
                    && request.globalSecondaryIndexes().isEmpty()) {
                throw new ValidationException(INVALID + "Number of attributes in KeySchema does not exactly match"
                        + " number of attributes defined in AttributeDefinitions");
            }
            throw new ValidationException(INVALID + "Some AttributeDefinitions are not used. AttributeDefinitions: "
                    + bracketed(definitions) + ", keys used: " + bracketed(new ArrayList<>(used)));
        }
    }

    private static void checkConstraints(CreateTableRequest request) {
        Constraints constraints = new Constraints();
        TableNames.check(constraints, request.tableName(), "tableName");
        constraints.check(
                !request.keySchema().isEmpty(),
                render(request.keySchema()),
                "keySchema",
                "Member must have length greater than or equal to 1");
        constraints.check(
                request.keySchema().size() <= 2,
                render(request.keySchema()),
                "keySchema",
                "Member must have length less than or equal to 2");
        checkIndexConstraints(constraints, request.globalSecondaryIndexes(), "globalSecondaryIndexes");
        checkIndexConstraints(constraints, request.localSecondaryIndexes(), "localSecondaryIndexes");
        request.provisionedThroughput().ifPresent(throughput -> checkThroughput(constraints, throughput));
        constraints.throwIfAny();
    }

    private static void checkIndexConstraints(Constraints constraints, List<SecondaryIndex> indexes, String field) {
        for (int i = 0; i < indexes.size(); i++) {
            SecondaryIndex index = indexes.get(i);
            String member = field + "." + (i + 1) + ".member.";
            TableNames.check(constraints, index.indexName(), member + "indexName");
            constraints.check(
                    !index.keySchema().isEmpty(),
                    render(index.keySchema()),
                    member + "keySchema",
                    "Member must have length greater than or equal to 1");
            constraints.check(
                    index.keySchema().size() <= 2,
                    render(index.keySchema()),
                    member + "keySchema",
                    "Member must have length less than or equal to 2");
        }
    }

    static void checkThroughput(Constraints constraints, ProvisionedThroughput throughput) {
        constraints.check(
                throughput.readCapacityUnits() >= 1,
                throughput.readCapacityUnits(),
                "provisionedThroughput.readCapacityUnits",
                "Member must have value greater than or equal to 1");
        constraints.check(
                throughput.writeCapacityUnits() >= 1,
                throughput.writeCapacityUnits(),
                "provisionedThroughput.writeCapacityUnits",
                "Member must have value greater than or equal to 1");
    }

    private static void checkBilling(CreateTableRequest request) {
        if (request.billingMode() == BillingMode.PAY_PER_REQUEST
                && request.provisionedThroughput().isPresent()) {
            throw new ValidationException(INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified"
                    + " when BillingMode is PAY_PER_REQUEST");
        }
        if (request.billingMode() == BillingMode.PROVISIONED
                && request.provisionedThroughput().isEmpty()) {
            throw new ValidationException(INVALID + "ReadCapacityUnits and WriteCapacityUnits must both be specified"
                    + " when BillingMode is PROVISIONED");
        }
    }

    static void checkKeySchema(List<KeySchemaElement> keySchema, List<String> definitions) {
        List<String> keys = names(keySchema);
        if (!definitions.containsAll(keys)) {
            throw new ValidationException(INVALID + "Some index key attributes are not defined in"
                    + " AttributeDefinitions. Keys: " + bracketed(keys) + ", AttributeDefinitions: "
                    + bracketed(definitions));
        }
        if (keys.size() == 2 && keys.get(0).equals(keys.get(1))) {
            throw new ValidationException(
                    "Both the Hash Key and the Range Key element in the KeySchema have the same name");
        }
        if (keySchema.get(0).keyType() != KeyType.HASH) {
            throw new ValidationException("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (keySchema.size() == 2 && keySchema.get(1).keyType() != KeyType.RANGE) {
            throw new ValidationException("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
    }

    static void checkIndex(SecondaryIndex index, Set<String> indexNames) {
        ProjectionType type = index.projection().projectionType();
        if (type == ProjectionType.INCLUDE
                && index.projection().nonKeyAttributes().isEmpty()) {
            throw new ValidationException(INVALID + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
        }
        if (type != ProjectionType.INCLUDE
                && !index.projection().nonKeyAttributes().isEmpty()) {
            throw new ValidationException(
                    INVALID + "ProjectionType is " + type + ", but NonKeyAttributes is specified");
        }
        if (!indexNames.add(index.indexName())) {
            throw new ValidationException(INVALID + "Duplicate index name: " + index.indexName());
        }
    }

    static List<String> names(List<KeySchemaElement> keySchema) {
        return keySchema.stream().map(KeySchemaElement::attributeName).collect(Collectors.toList());
    }

    static String bracketed(List<String> names) {
        return "[" + String.join(", ", names) + "]";
    }

    static String render(List<KeySchemaElement> keySchema) {
        return keySchema.stream()
                .map(element -> "KeySchemaElement(attributeName=" + element.attributeName() + ", keyType="
                        + element.keyType() + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
