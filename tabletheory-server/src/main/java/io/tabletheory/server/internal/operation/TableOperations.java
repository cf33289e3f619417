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
 * The control plane on the wire: CreateTable, DescribeTable, DeleteTable, ListTables, UpdateTimeToLive,
 * DescribeTimeToLive and DescribeEndpoints. Descriptions carry what SDKs and the AWS CLI read (ARNs, status, index
 * status, creation time, throughput) in DynamoDB's shapes; see {@link TableDescriptions}. Public only for {@link
 * #createTableRequest}, which snapshots also use to read their table definitions.
 */
public final class TableOperations {
    private TableOperations() {}

    static List<Operation> all(TableStore admin, TableDescriptions descriptions, String address) {
        return List.of(
                new NamedOperation("CreateTable", request -> createTable(admin, descriptions, request)),
                new NamedOperation(
                        "DescribeTable",
                        request -> describe(
                                "Table", descriptions, admin.describeTable(request.requiredString("TableName")))),
                new NamedOperation("DeleteTable", request -> deleteTable(admin, descriptions, request)),
                new NamedOperation("ListTables", request -> listTables(admin, request)),
                new NamedOperation("UpdateTimeToLive", request -> updateTimeToLive(admin, request)),
                new NamedOperation("DescribeTimeToLive", request -> describeTimeToLive(admin, request)),
                new NamedOperation("DescribeEndpoints", request -> describeEndpoints(address)));
    }

    private static byte[] createTable(TableStore admin, TableDescriptions descriptions, WireObject request) {
        CreateTableRequest create = createTableRequest(request);
        TableDescription created = admin.createTable(create);
        descriptions.created(create.tableName(), create.provisionedThroughput());
        return describe("TableDescription", descriptions, created);
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
        List<AttributeDefinition> definitions = new ArrayList<>();
        for (WireObject definition : requiredList(request, "AttributeDefinitions", "AttributeDefinition")) {
            definitions.add(new AttributeDefinition(
                    definition.requiredString("AttributeName"),
                    RequestMembers.enumMember(definition, "AttributeType", ScalarAttributeType.class)
                            .orElseThrow(() -> definition.missing("AttributeType"))));
        }
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
                throughput);
    }

    private static byte[] deleteTable(TableStore admin, TableDescriptions descriptions, WireObject request) {
        String tableName = request.requiredString("TableName");
        TableDescription deleted = admin.deleteTable(tableName);
        byte[] body = describe("TableDescription", descriptions, deleted);
        descriptions.deleted(tableName);
        return body;
    }

    private static byte[] describe(String member, TableDescriptions descriptions, TableDescription table) {
        return WireWriter.object(out -> {
            out.json().writeFieldName(member);
            descriptions.write(table, out);
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

    private static List<KeySchemaElement> keySchema(WireObject owner) {
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
            WireObject projection = index.requiredObject("Projection", "Projection");
            indexes.add(new SecondaryIndex(
                    index.requiredString("IndexName"),
                    keySchema(index),
                    new Projection(
                            RequestMembers.enumMember(projection, "ProjectionType", ProjectionType.class)
                                    .orElseThrow(() -> projection.missing("ProjectionType")),
                            projection.stringList("NonKeyAttributes"))));
        }
        return indexes;
    }

    private static ProvisionedThroughput throughput(WireObject throughput) {
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
