package io.tabletheory.aws.internal;

import io.tabletheory.api.table.AttributeDefinition;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.IndexDescription;
import io.tabletheory.api.table.IndexStatus;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.ListTablesResult;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ProjectionType;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.StreamSpecification;
import io.tabletheory.api.table.StreamViewType;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TableStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;

/**
 * Maps the table control plane (CreateTable, DescribeTable, DeleteTable, ListTables) between the api's table
 * records and the SDK's, descriptions whole (throughput, creation time, sizes, ARN, index states, stream). With
 * provisioned billing the table's throughput is also given to each global index CreateTable creates, since the
 * api's {@link SecondaryIndex} has no throughput of its own.
 */
public final class TableMapper {
    private TableMapper() {}

    /** The SDK CreateTable request. */
    public static software.amazon.awssdk.services.dynamodb.model.CreateTableRequest toSdk(CreateTableRequest request) {
        var throughput = request.provisionedThroughput().map(TableMapper::toSdk).orElse(null);
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        for (SecondaryIndex index : request.globalSecondaryIndexes()) {
            globals.add(GlobalSecondaryIndex.builder()
                    .indexName(index.indexName())
                    .keySchema(keySchemaToSdk(index.keySchema()))
                    .projection(toSdk(index.projection()))
                    .provisionedThroughput(throughput)
                    .build());
        }
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (SecondaryIndex index : request.localSecondaryIndexes()) {
            locals.add(LocalSecondaryIndex.builder()
                    .indexName(index.indexName())
                    .keySchema(keySchemaToSdk(index.keySchema()))
                    .projection(toSdk(index.projection()))
                    .build());
        }
        return software.amazon.awssdk.services.dynamodb.model.CreateTableRequest.builder()
                .tableName(request.tableName())
                .attributeDefinitions(attributeDefinitionsToSdk(request.attributeDefinitions()))
                .keySchema(keySchemaToSdk(request.keySchema()))
                .globalSecondaryIndexes(globals.isEmpty() ? null : globals)
                .localSecondaryIndexes(locals.isEmpty() ? null : locals)
                .billingMode(request.billingMode().name())
                .provisionedThroughput(throughput)
                .streamSpecification(
                        request.streamSpecification().map(TableMapper::toSdk).orElse(null))
                .tags(request.tags().isEmpty() ? null : TagMapper.toSdk(request.tags()))
                .build();
    }

    /** The SDK stream specification. */
    static software.amazon.awssdk.services.dynamodb.model.StreamSpecification toSdk(StreamSpecification specification) {
        return software.amazon.awssdk.services.dynamodb.model.StreamSpecification.builder()
                .streamEnabled(specification.streamEnabled())
                .streamViewType(specification.streamViewType().map(Enum::name).orElse(null))
                .build();
    }

    /** The SDK attribute definitions. */
    static List<software.amazon.awssdk.services.dynamodb.model.AttributeDefinition> attributeDefinitionsToSdk(
            List<AttributeDefinition> attributeDefinitions) {
        List<software.amazon.awssdk.services.dynamodb.model.AttributeDefinition> definitions = new ArrayList<>();
        for (AttributeDefinition definition : attributeDefinitions) {
            definitions.add(software.amazon.awssdk.services.dynamodb.model.AttributeDefinition.builder()
                    .attributeName(definition.attributeName())
                    .attributeType(definition.attributeType().name())
                    .build());
        }
        return definitions;
    }

    /** The api description of a table. */
    public static TableDescription fromSdk(software.amazon.awssdk.services.dynamodb.model.TableDescription table) {
        List<AttributeDefinition> definitions = new ArrayList<>();
        for (var definition : table.attributeDefinitions()) {
            definitions.add(new AttributeDefinition(
                    definition.attributeName(), ScalarAttributeType.valueOf(definition.attributeTypeAsString())));
        }
        List<SecondaryIndex> globals = new ArrayList<>();
        List<IndexDescription> indexDescriptions = new ArrayList<>();
        for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
            globals.add(new SecondaryIndex(
                    index.indexName(), keySchemaFromSdk(index.keySchema()), fromSdk(index.projection())));
            indexDescriptions.add(new IndexDescription(
                    index.indexName(),
                    index.indexStatus() == null ? IndexStatus.ACTIVE : IndexStatus.valueOf(index.indexStatusAsString()),
                    Boolean.TRUE.equals(index.backfilling()),
                    orZero(index.itemCount()),
                    orZero(index.indexSizeBytes()),
                    throughput(index.provisionedThroughput())));
        }
        List<SecondaryIndex> locals = new ArrayList<>();
        for (LocalSecondaryIndexDescription index : table.localSecondaryIndexes()) {
            locals.add(new SecondaryIndex(
                    index.indexName(), keySchemaFromSdk(index.keySchema()), fromSdk(index.projection())));
            indexDescriptions.add(IndexDescription.active(
                    index.indexName(), orZero(index.itemCount()), orZero(index.indexSizeBytes())));
        }
        return new TableDescription(
                table.tableName(),
                definitions,
                keySchemaFromSdk(table.keySchema()),
                globals,
                locals,
                billingMode(table),
                status(table.tableStatus()),
                orZero(table.itemCount()),
                throughput(table.provisionedThroughput()),
                Optional.ofNullable(table.creationDateTime()),
                orZero(table.tableSizeBytes()),
                Optional.ofNullable(table.tableArn()),
                indexDescriptions,
                Optional.ofNullable(table.streamSpecification())
                        .filter(stream -> Boolean.TRUE.equals(stream.streamEnabled()))
                        .map(stream -> new StreamSpecification(
                                true,
                                Optional.ofNullable(stream.streamViewTypeAsString())
                                        .map(StreamViewType::valueOf))),
                Optional.ofNullable(table.latestStreamLabel()));
    }

    private static long orZero(Long value) {
        return value == null ? 0L : value;
    }

    /** Provisioned throughput as described; empty for on-demand tables, which DynamoDB describes with zeros. */
    private static Optional<ProvisionedThroughput> throughput(
            software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription throughput) {
        if (throughput == null || throughput.readCapacityUnits() == null || throughput.readCapacityUnits() == 0L) {
            return Optional.empty();
        }
        return Optional.of(
                new ProvisionedThroughput(throughput.readCapacityUnits(), orZero(throughput.writeCapacityUnits())));
    }

    /** The SDK ListTables request. */
    public static software.amazon.awssdk.services.dynamodb.model.ListTablesRequest toSdk(ListTablesRequest request) {
        return software.amazon.awssdk.services.dynamodb.model.ListTablesRequest.builder()
                .exclusiveStartTableName(request.exclusiveStartTableName().orElse(null))
                .limit(request.limit().isPresent() ? request.limit().getAsInt() : null)
                .build();
    }

    /** The api page of table names. */
    public static ListTablesResult fromSdk(ListTablesResponse response) {
        return new ListTablesResult(response.tableNames(), Optional.ofNullable(response.lastEvaluatedTableName()));
    }

    static List<software.amazon.awssdk.services.dynamodb.model.KeySchemaElement> keySchemaToSdk(
            List<KeySchemaElement> keySchema) {
        List<software.amazon.awssdk.services.dynamodb.model.KeySchemaElement> sdk = new ArrayList<>();
        for (KeySchemaElement element : keySchema) {
            sdk.add(software.amazon.awssdk.services.dynamodb.model.KeySchemaElement.builder()
                    .attributeName(element.attributeName())
                    .keyType(element.keyType().name())
                    .build());
        }
        return sdk;
    }

    static List<KeySchemaElement> keySchemaFromSdk(
            List<software.amazon.awssdk.services.dynamodb.model.KeySchemaElement> keySchema) {
        List<KeySchemaElement> elements = new ArrayList<>();
        for (var element : keySchema) {
            elements.add(new KeySchemaElement(element.attributeName(), KeyType.valueOf(element.keyTypeAsString())));
        }
        return elements;
    }

    static software.amazon.awssdk.services.dynamodb.model.Projection toSdk(Projection projection) {
        return software.amazon.awssdk.services.dynamodb.model.Projection.builder()
                .projectionType(projection.projectionType().name())
                .nonKeyAttributes(projection.nonKeyAttributes().isEmpty() ? null : projection.nonKeyAttributes())
                .build();
    }

    private static Projection fromSdk(software.amazon.awssdk.services.dynamodb.model.Projection projection) {
        if (projection == null || projection.projectionTypeAsString() == null) {
            return Projection.all();
        }
        return new Projection(
                ProjectionType.valueOf(projection.projectionTypeAsString()), projection.nonKeyAttributes());
    }

    static software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput toSdk(
            ProvisionedThroughput throughput) {
        return software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput.builder()
                .readCapacityUnits(throughput.readCapacityUnits())
                .writeCapacityUnits(throughput.writeCapacityUnits())
                .build();
    }

    private static BillingMode billingMode(software.amazon.awssdk.services.dynamodb.model.TableDescription table) {
        // DynamoDB reports a BillingModeSummary for on-demand tables (and tables that switched mode); a table
        // created with provisioned capacity has none.
        if (table.billingModeSummary() != null && table.billingModeSummary().billingModeAsString() != null) {
            return BillingMode.valueOf(table.billingModeSummary().billingModeAsString());
        }
        return BillingMode.PROVISIONED;
    }

    private static TableStatus status(software.amazon.awssdk.services.dynamodb.model.TableStatus status) {
        if (status == null) {
            return TableStatus.ACTIVE;
        }
        switch (status) {
            case CREATING:
                return TableStatus.CREATING;
            case ACTIVE:
                return TableStatus.ACTIVE;
            case DELETING:
            case ARCHIVING:
            case ARCHIVED:
                // The api has no archive states: an archiving or archived table is going away, as a deleting one.
                return TableStatus.DELETING;
            default:
                // UPDATING, and the states the api cannot name (inaccessible encryption key, replication not
                // authorized, states newer than this SDK): the table exists but is not simply ACTIVE.
                return TableStatus.UPDATING;
        }
    }
}
