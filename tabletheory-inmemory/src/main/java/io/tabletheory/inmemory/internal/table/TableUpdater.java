package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.error.BackendException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.table.AttributeDefinition;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.GlobalSecondaryIndexUpdate;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.UpdateTableRequest;
import io.tabletheory.inmemory.internal.check.Constraints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * UpdateTable on the emulator: validates the request as DynamoDB does, in DynamoDB's order (request-model
 * constraints, an empty request, more than one index created or deleted, throughput with on-demand billing, then,
 * once the table is found, the rules that depend on it: billing and throughput no-ops, index existence, key
 * attribute definitions, projections, streams), and then applies it to the {@link Table}. Nothing changes when any
 * check fails. The table is reported UPDATING, and a new global index CREATING, until the table is next described.
 */
final class TableUpdater {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final int MAX_GLOBAL_INDEXES = 20;

    private TableUpdater() {}

    /** Checks what can be checked before the table is looked up. */
    static void validateRequest(UpdateTableRequest request) {
        Constraints constraints = new Constraints();
        TableNames.check(constraints, request.tableName(), "tableName");
        request.provisionedThroughput()
                .ifPresent(throughput -> TableDefinitionValidator.checkThroughput(constraints, throughput));
        List<GlobalSecondaryIndexUpdate> updates = request.globalSecondaryIndexUpdates();
        for (int i = 0; i < updates.size(); i++) {
            String member = "globalSecondaryIndexUpdates." + (i + 1) + ".member.";
            GlobalSecondaryIndexUpdate update = updates.get(i);
            TableNames.check(constraints, update.indexName(), member + kind(update) + ".indexName");
        }
        constraints.throwIfAny();
        if (request.billingMode().isEmpty()
                && request.provisionedThroughput().isEmpty()
                && updates.isEmpty()
                && request.streamSpecification().isEmpty()) {
            throw new ValidationException("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled,"
                    + " GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
        }
        long structural = updates.stream()
                .filter(update -> !kind(update).equals("update"))
                .count();
        if (structural > 1) {
            throw onlyOneOnlineIndex();
        }
        if (request.billingMode().equals(Optional.of(BillingMode.PAY_PER_REQUEST))
                && request.provisionedThroughput().isPresent()) {
            throw new ValidationException(INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified"
                    + " when BillingMode is PAY_PER_REQUEST");
        }
        request.streamSpecification().ifPresent(StreamSettings::validate);
    }

    /**
     * Validates the request against the table and applies it.
     *
     * @throws ValidationException, ResourceNotFoundException (a missing index) or BackendException ({@code
     *     LimitExceededException}) for a change DynamoDB refuses; nothing changes then
     */
    static void apply(Table table, UpdateTableRequest request, Instant now) {
        TableSettings settings = table.settings();
        TableDescription definition = table.definition();
        BillingMode billing = request.billingMode().orElse(settings.billingMode());
        if (billing == BillingMode.PAY_PER_REQUEST
                && request.billingMode().isEmpty()
                && request.provisionedThroughput().isPresent()) {
            throw new ValidationException(INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified"
                    + " when BillingMode is PAY_PER_REQUEST");
        }
        if (billing == BillingMode.PROVISIONED
                && settings.billingMode() == BillingMode.PAY_PER_REQUEST
                && request.provisionedThroughput().isEmpty()) {
            throw new ValidationException(
                    INVALID + "ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
        }
        if (request.provisionedThroughput().isPresent()
                && settings.billingMode() == BillingMode.PROVISIONED
                && billing == BillingMode.PROVISIONED
                && request.provisionedThroughput().equals(settings.provisionedThroughput())) {
            ProvisionedThroughput current = settings.provisionedThroughput().get();
            ProvisionedThroughput requested = request.provisionedThroughput().get();
            throw new ValidationException("The provisioned throughput for the table will not change. The requested"
                    + " value equals the current value. Current ReadCapacityUnits provisioned for the table: "
                    + current.readCapacityUnits() + ". Requested ReadCapacityUnits: " + requested.readCapacityUnits()
                    + ". Current WriteCapacityUnits provisioned for the table: " + current.writeCapacityUnits()
                    + ". Requested WriteCapacityUnits: " + requested.writeCapacityUnits() + ". Refer to the Amazon"
                    + " DynamoDB Developer Guide for current limits and how to request higher limits.");
        }
        IndexChanges changes = new IndexChanges(table, definition, request, billing, settings.indexThroughput());
        request.globalSecondaryIndexUpdates().forEach(update -> update.accept(changes));
        TableSettings next = new TableSettings(
                settings.created(),
                billing,
                billing == BillingMode.PAY_PER_REQUEST
                        ? Optional.empty()
                        : request.provisionedThroughput().or(settings::provisionedThroughput),
                billing == BillingMode.PAY_PER_REQUEST ? Map.of() : changes.indexThroughput,
                settings.streamSpecification(),
                settings.streamLabel());
        if (request.streamSpecification().isPresent()) {
            next = StreamSettings.updated(
                    table.name(), next, request.streamSpecification().get(), now);
        }
        table.changeSettings(next);
        if (changes.created.isPresent()) {
            SecondaryIndex index = changes.created.get().index();
            table.addGlobalIndex(withIndex(definition, request, index), index.indexName());
        }
        if (changes.deleted.isPresent()) {
            table.removeGlobalIndex(withoutIndex(definition, changes.deleted.get()), changes.deleted.get());
        }
    }

    /** Checks each index change against the table and collects what to apply. */
    private static final class IndexChanges implements GlobalSecondaryIndexUpdate.Visitor<Void> {
        private final Table table;
        private final TableDescription definition;
        private final UpdateTableRequest request;
        private final BillingMode billing;
        private final Map<String, ProvisionedThroughput> indexThroughput;
        private Optional<GlobalSecondaryIndexUpdate.Create> created = Optional.empty();
        private Optional<String> deleted = Optional.empty();

        IndexChanges(
                Table table,
                TableDescription definition,
                UpdateTableRequest request,
                BillingMode billing,
                Map<String, ProvisionedThroughput> indexThroughput) {
            this.table = table;
            this.definition = definition;
            this.request = request;
            this.billing = billing;
            this.indexThroughput = new HashMap<>(indexThroughput);
        }

        @Override
        public Void create(GlobalSecondaryIndexUpdate.Create create) {
            checkCreate(table, definition, request, create, exists(create.indexName()), billing);
            create.provisionedThroughput().ifPresent(throughput -> indexThroughput.put(create.indexName(), throughput));
            created = Optional.of(create);
            return null;
        }

        @Override
        public Void update(GlobalSecondaryIndexUpdate.Update update) {
            if (!exists(update.indexName())) {
                throw indexNotFound(update.indexName());
            }
            if (billing == BillingMode.PAY_PER_REQUEST) {
                throw new ValidationException(INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be"
                        + " specified when BillingMode is PAY_PER_REQUEST");
            }
            indexThroughput.put(update.indexName(), update.provisionedThroughput());
            return null;
        }

        @Override
        public Void delete(GlobalSecondaryIndexUpdate.Delete delete) {
            if (!exists(delete.indexName())) {
                throw indexNotFound(delete.indexName());
            }
            if (table.isBackfilling(delete.indexName())) {
                throw onlyOneOnlineIndex();
            }
            indexThroughput.remove(delete.indexName());
            deleted = Optional.of(delete.indexName());
            return null;
        }

        private boolean exists(String indexName) {
            return definition.globalSecondaryIndexes().stream()
                    .anyMatch(index -> index.indexName().equals(indexName));
        }
    }

    private static void checkCreate(
            Table table,
            TableDescription definition,
            UpdateTableRequest request,
            GlobalSecondaryIndexUpdate.Create create,
            boolean exists,
            BillingMode billing) {
        SecondaryIndex index = create.index();
        if (exists || definition.index(index.indexName()).isPresent()) {
            throw new ValidationException(INVALID + "Index already exists: " + index.indexName());
        }
        if (table.indexes().stream().anyMatch(existing -> table.isBackfilling(existing.name()))) {
            throw onlyOneOnlineIndex();
        }
        Constraints constraints = new Constraints();
        String member = "globalSecondaryIndexUpdates.1.member.create.keySchema";
        constraints.check(
                !index.keySchema().isEmpty(),
                TableDefinitionValidator.render(index.keySchema()),
                member,
                "Member must have length greater than or equal to 1");
        constraints.check(
                index.keySchema().size() <= 2,
                TableDefinitionValidator.render(index.keySchema()),
                member,
                "Member must have length less than or equal to 2");
        constraints.throwIfAny();
        List<String> requestDefinitions = request.attributeDefinitions().stream()
                .map(AttributeDefinition::attributeName)
                .collect(Collectors.toList());
        TableDefinitionValidator.checkKeySchema(index.keySchema(), requestDefinitions);
        for (KeySchemaElement element : index.keySchema()) {
            Optional<AttributeDefinition> requested = request.attributeDefinitions().stream()
                    .filter(candidate -> candidate.attributeName().equals(element.attributeName()))
                    .findFirst();
            Optional<?> existing = definition.attributeType(element.attributeName());
            if (existing.isPresent() && !existing.get().equals(requested.get().attributeType())) {
                throw new ValidationException(INVALID + "Attributes cannot be redefined. Please check that your"
                        + " attribute has the same type as previously defined: " + element.attributeName());
            }
        }
        TableDefinitionValidator.checkIndex(index, new LinkedHashSet<>());
        if (definition.globalSecondaryIndexes().size() >= MAX_GLOBAL_INDEXES) {
            throw new ValidationException(
                    INVALID + "GlobalSecondaryIndex count exceeds the per-table limit of " + MAX_GLOBAL_INDEXES);
        }
        if (billing == BillingMode.PAY_PER_REQUEST
                && create.provisionedThroughput().isPresent()) {
            throw new ValidationException(INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified"
                    + " when BillingMode is PAY_PER_REQUEST");
        }
    }

    /** The definition with a new global index and the definitions of its key attributes not yet defined. */
    private static TableDescription withIndex(
            TableDescription definition, UpdateTableRequest request, SecondaryIndex index) {
        List<AttributeDefinition> attributes = new ArrayList<>(definition.attributeDefinitions());
        for (KeySchemaElement element : index.keySchema()) {
            if (definition.attributeType(element.attributeName()).isEmpty()) {
                request.attributeDefinitions().stream()
                        .filter(candidate -> candidate.attributeName().equals(element.attributeName()))
                        .findFirst()
                        .ifPresent(attributes::add);
            }
        }
        List<SecondaryIndex> globals = new ArrayList<>(definition.globalSecondaryIndexes());
        globals.add(index);
        return redefined(definition, attributes, globals);
    }

    private static TableDescription redefined(
            TableDescription definition, List<AttributeDefinition> attributes, List<SecondaryIndex> globals) {
        return new TableDescription(
                definition.tableName(),
                attributes,
                definition.keySchema(),
                globals,
                definition.localSecondaryIndexes(),
                definition.billingMode(),
                definition.tableStatus(),
                0);
    }

    /** The definition without a global index, and without attribute definitions no key uses any more. */
    private static TableDescription withoutIndex(TableDescription definition, String indexName) {
        List<SecondaryIndex> globals = definition.globalSecondaryIndexes().stream()
                .filter(index -> !index.indexName().equals(indexName))
                .collect(Collectors.toList());
        Set<String> used = new LinkedHashSet<>(TableDefinitionValidator.names(definition.keySchema()));
        globals.forEach(index -> used.addAll(TableDefinitionValidator.names(index.keySchema())));
        definition
                .localSecondaryIndexes()
                .forEach(index -> used.addAll(TableDefinitionValidator.names(index.keySchema())));
        List<AttributeDefinition> attributes = definition.attributeDefinitions().stream()
                .filter(attribute -> used.contains(attribute.attributeName()))
                .collect(Collectors.toList());
        return redefined(definition, attributes, globals);
    }

    private static String kind(GlobalSecondaryIndexUpdate update) {
        return update.accept(new GlobalSecondaryIndexUpdate.Visitor<String>() {
            @Override
            public String create(GlobalSecondaryIndexUpdate.Create create) {
                return "create";
            }

            @Override
            public String update(GlobalSecondaryIndexUpdate.Update update) {
                return "update";
            }

            @Override
            public String delete(GlobalSecondaryIndexUpdate.Delete delete) {
                return "delete";
            }
        });
    }

    private static ResourceNotFoundException indexNotFound(String indexName) {
        return new ResourceNotFoundException("Requested resource not found: Index: " + indexName + " not found");
    }

    private static BackendException onlyOneOnlineIndex() {
        return new BackendException(
                "LimitExceededException",
                "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table",
                null);
    }
}
