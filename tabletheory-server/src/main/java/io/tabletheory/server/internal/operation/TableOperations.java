package io.tabletheory.server.internal.operation;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.port.TableStore;
import io.tabletheory.api.table.AttributeDefinition;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.CreateTableRequest;
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
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.json.WireWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The control plane on the wire: CreateTable, DescribeTable, UpdateTable (decoded by {@link TableUpdates}),
 * DeleteTable, ListTables, UpdateTimeToLive, DescribeTimeToLive and DescribeEndpoints. Descriptions carry what SDKs and the AWS CLI read (ARNs, status, index
 * status, creation time, throughput) in DynamoDB's shapes; see {@link TableDescriptions}. Public only for {@link
 * #createTableRequest}, which snapshots also use to read their table definitions.
 */
public final class TableOperations {
    private TableOperations() {}

    static List<Operation> all(TableStore admin, TableDescriptions descriptions, String address) {
        return List.of(
                new RegionalOperation(
                        "CreateTable", (request, region) -> createTable(admin, descriptions, request, region)),
                new RegionalOperation(
                        "DescribeTable",
                        (request, region) -> describe(
                                "Table",
                                descriptions,
                                admin.describeTable(request.requiredString("TableName")),
                                region)),
                new RegionalOperation(
                        "UpdateTable",
                        (request, region) -> describe(
                                "TableDescription",
                                descriptions,
                                admin.updateTable(TableUpdates.updateTableRequest(request)),
                                region)),
                new RegionalOperation(
                        "DeleteTable", (request, region) -> deleteTable(admin, descriptions, request, region)),
                new NamedOperation("ListTables", request -> listTables(admin, request)),
                new NamedOperation("UpdateTimeToLive", request -> updateTimeToLive(admin, request)),
                new NamedOperation("DescribeTimeToLive", request -> describeTimeToLive(admin, request)),
                new NamedOperation("DescribeEndpoints", request -> describeEndpoints(address)));
    }

    private static byte[] createTable(
            TableStore admin, TableDescriptions descriptions, WireObject request, String region) {
        return describe("TableDescription", descriptions, admin.createTable(createTableRequest(request)), region);
    }

    /**
     * A CreateTable request body as the api's request, with DynamoDB's errors for missing members, members of the
     * wrong JSON type and enum values outside their set (the store checks the rest).
     */
    public static CreateTableRequest createTableRequest(WireObject request) {
        // CreateTable words a missing TableName as a missing parameter, not as a member constraint.
        String tableName = request.string("TableName")
                .orElseThrow(() -> new ValidationException(
                        "The parameter 'TableName' is required but was not present in the request"));
        if (!request.has("AttributeDefinitions")) {
            throw request.missing("AttributeDefinitions");
        }
        List<AttributeDefinition> definitions = attributeDefinitions(request);
        Optional<ProvisionedThroughput> throughput =
                request.object("ProvisionedThroughput", "ProvisionedThroughput").map(TableOperations::throughput);
        return new CreateTableRequest(
                tableName,
                definitions,
                keySchema(request),
                indexes(request, "GlobalSecondaryIndexes", "GlobalSecondaryIndex"),
                indexes(request, "LocalSecondaryIndexes", "LocalSecondaryIndex"),
                RequestMembers.enumMember(request, "BillingMode", BillingMode.class)
                        .orElse(throughput.isPresent() ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST),
                throughput,
                request.object("StreamSpecification", "StreamSpecification").map(TableOperations::streamSpecification),
                TagOperations.tags(request, "Tags"));
    }

    /** A {@code StreamSpecification}: {@code StreamEnabled} (required) and {@code StreamViewType}. */
    static StreamSpecification streamSpecification(WireObject specification) {
        return new StreamSpecification(
                specification.bool("StreamEnabled").orElseThrow(() -> specification.missing("StreamEnabled")),
                RequestMembers.enumMember(specification, "StreamViewType", StreamViewType.class));
    }

    private static byte[] deleteTable(
            TableStore admin, TableDescriptions descriptions, WireObject request, String region) {
        TableDescription deleted = admin.deleteTable(request.requiredString("TableName"));
        return describe("TableDescription", descriptions, deleted, region);
    }

    private static byte[] describe(
            String member, TableDescriptions descriptions, TableDescription table, String region) {
        return WireWriter.object(out -> {
            out.json().writeFieldName(member);
            descriptions.write(table, out, region);
        });
    }

    private static byte[] listTables(TableStore admin, WireObject request) {
        Optional<Integer> limit = request.integer("Limit");
        ListTablesResult page = admin.listTables(new ListTablesRequest(
                request.string("ExclusiveStartTableName"),
                limit.map(OptionalInt::of).orElse(OptionalInt.empty())));
        return WireWriter.object(out -> {
            out.json().writeArrayFieldStart("TableNames");
            for (String name : page.tableNames()) {
                out.json().writeString(name);
            }
            out.json().writeEndArray();
            out.string("LastEvaluatedTableName", page.lastEvaluatedTableName());
        });
    }

    private static byte[] updateTimeToLive(TableStore admin, WireObject request) {
        String tableName = request.requiredString("TableName");
        WireObject specification = request.requiredObject("TimeToLiveSpecification", "TimeToLiveSpecification");
        TimeToLiveSpecification applied = admin.updateTimeToLive(
                tableName,
                new TimeToLiveSpecification(
                        specification.requiredString("AttributeName"),
                        specification.bool("Enabled").orElseThrow(() -> specification.missing("Enabled"))));
        return WireWriter.object(out -> {
            out.json().writeObjectFieldStart("TimeToLiveSpecification");
            out.json().writeBooleanField("Enabled", applied.enabled());
            out.json().writeStringField("AttributeName", applied.attributeName());
            out.json().writeEndObject();
        });
    }

    private static byte[] describeTimeToLive(TableStore admin, WireObject request) {
        TimeToLiveDescription description = admin.describeTimeToLive(request.requiredString("TableName"));
        return WireWriter.object(out -> {
            out.json().writeObjectFieldStart("TimeToLiveDescription");
            out.json().writeStringField("TimeToLiveStatus", description.status().name());
            out.string("AttributeName", description.attributeName());
            out.json().writeEndObject();
        });
    }

    /** DescribeEndpoints: this server itself, cached for a day, as DynamoDB answers for its regional endpoint. */
    private static byte[] describeEndpoints(String address) {
        return WireWriter.object(out -> {
            out.json().writeArrayFieldStart("Endpoints");
            out.json().writeStartObject();
            out.json().writeStringField("Address", address);
            out.json().writeNumberField("CachePeriodInMinutes", 1440);
            out.json().writeEndObject();
            out.json().writeEndArray();
        });
    }

    static List<KeySchemaElement> keySchema(WireObject owner) {
        List<KeySchemaElement> keySchema = new ArrayList<>();
        for (WireObject element : requiredList(owner, "KeySchema", "KeySchemaElement")) {
            keySchema.add(new KeySchemaElement(
                    element.requiredString("AttributeName"),
                    RequestMembers.enumMember(element, "KeyType", KeyType.class)
                            .orElseThrow(() -> element.missing("KeyType"))));
        }
        return keySchema;
    }

    private static List<SecondaryIndex> indexes(WireObject request, String member, String shape) {
        List<SecondaryIndex> indexes = new ArrayList<>();
        for (WireObject index : request.objectList(member, shape)) {
            indexes.add(index(index));
        }
        return indexes;
    }

    /** An index definition: {@code IndexName}, {@code KeySchema} and {@code Projection}. */
    static SecondaryIndex index(WireObject index) {
        WireObject projection = index.requiredObject("Projection", "Projection");
        return new SecondaryIndex(
                index.requiredString("IndexName"),
                keySchema(index),
                new Projection(
                        RequestMembers.enumMember(projection, "ProjectionType", ProjectionType.class)
                                .orElseThrow(() -> projection.missing("ProjectionType")),
                        projection.stringList("NonKeyAttributes")));
    }

    /** {@code AttributeDefinitions}: each an {@code AttributeName} and an {@code AttributeType}. */
    static List<AttributeDefinition> attributeDefinitions(WireObject request) {
        List<AttributeDefinition> definitions = new ArrayList<>();
        for (WireObject definition : request.objectList("AttributeDefinitions", "AttributeDefinition")) {
            definitions.add(new AttributeDefinition(
                    definition.requiredString("AttributeName"),
                    RequestMembers.enumMember(definition, "AttributeType", ScalarAttributeType.class)
                            .orElseThrow(() -> definition.missing("AttributeType"))));
        }
        return definitions;
    }

    static ProvisionedThroughput throughput(WireObject throughput) {
        return new ProvisionedThroughput(
                throughput.longValue("ReadCapacityUnits").orElseThrow(() -> throughput.missing("ReadCapacityUnits")),
                throughput.longValue("WriteCapacityUnits").orElseThrow(() -> throughput.missing("WriteCapacityUnits")));
    }

    private static List<WireObject> requiredList(WireObject owner, String member, String shape) {
        if (!owner.has(member)) {
            throw owner.missing(member);
        }
        return owner.objectList(member, shape);
    }
}
