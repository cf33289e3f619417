package io.tabletheory.testkit.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where the contract records that DynamoDB Local words an error differently from DynamoDB (and, in
 * {@link #DYNAMODB_LOCAL_BEHAVIOURS}, the few behaviours it gets wrong). Each message entry
 * pairs DynamoDB's message (what the contract expects, and what the emulator must say, in-process
 * or over HTTP) with DynamoDB Local's, and
 * says why, citing the research notes ({@code /work/shared/research/dynamodb-semantics.md}, "research §n").
 *
 * <p>The error type is never excused: only the message, only for {@link Backend#DYNAMODB_LOCAL}, and only for an
 * entry listed here. Messages are compared after {@link DynamoErrors#normalise}. A {@code {name}} in a template
 * stands for any text (a table or attribute name that differs per test).
 *
 * <p>A few behaviours (not only messages) of DynamoDB Local are wrong too (research §3a). Each is one {@link
 * Behaviour} entry; a contract asserts DynamoDB's behaviour and, only where {@link #shows} says the backend shows a
 * recorded entry, DynamoDB Local's recorded behaviour instead.
 */
public final class KnownDivergences {
    /**
     * One message DynamoDB Local words differently.
     *
     * @param awsMessage DynamoDB's message (a template)
     * @param localMessage DynamoDB Local's message for the same request (a template)
     * @param reason where the difference is documented
     */
    public record Divergence(String awsMessage, String localMessage, String reason) {
        public Divergence {
            Objects.requireNonNull(awsMessage, "awsMessage");
            Objects.requireNonNull(localMessage, "localMessage");
            Objects.requireNonNull(reason, "reason");
        }

        /** Whether this entry excuses {@code actual} where the contract expected {@code expectedAws}. */
        public boolean excuses(String expectedAws, String actual) {
            return matches(awsMessage, expectedAws) && matches(localMessage, actual);
        }
    }

    /**
     * A behaviour in which DynamoDB Local differs from DynamoDB.
     *
     * @param name a short name for reports
     * @param awsBehaviour what DynamoDB does (what the contract expects, and what the emulator must do)
     * @param localBehaviour what DynamoDB Local does instead
     * @param reason where the difference is documented
     */
    public record Behaviour(String name, String awsBehaviour, String localBehaviour, String reason) {
        public Behaviour {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(awsBehaviour, "awsBehaviour");
            Objects.requireNonNull(localBehaviour, "localBehaviour");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The 1 MB page of a Query or Scan counts items the filter drops on DynamoDB, but not on DynamoDB Local. */
    public static final Behaviour PAGE_SIZE_IGNORES_FILTERED_ITEMS = new Behaviour(
            "the 1 MB page of a filtered Query or Scan",
            "a Query or Scan page stops once 1 MB of items was read, counting the items the FilterExpression drops",
            "items the FilterExpression drops do not count towards 1 MB, so the page reads on (25 x 100 KB with a"
                    + " filter matching none gave one page with ScannedCount 25 and no LastEvaluatedKey)",
            "research §1.11 and §3a: the Developer Guide (Query.md, Scan.md) says the 1 MB applies before the filter;"
                    + " DynamoDB Local was observed not to count filtered items");

    /** UpdateItem that only REMOVEs or DELETEs, on an item that does not exist. */
    public static final Behaviour UPDATE_OF_MISSING_ITEM_WITHOUT_SET_OR_ADD = new Behaviour(
            "UpdateItem of a missing item that only REMOVEs or DELETEs",
            "changes nothing: no item is created, no error is raised, no attributes are returned",
            "creates the key-only item (ALL_NEW returns it), and fails with \"The document path provided in the"
                    + " update expression is invalid for update\" when a REMOVE or DELETE names a nested path",
            "research §1.9 and §3a: Alternator's test_update_item_non_existent, test_update_item_delete and"
                    + " test_nested_attribute_remove_from_missing_item pass on AWS; DynamoDB Local 2.6.1 and 3.1.0"
                    + " (observed by this suite) create the item");

    /** UPDATED_OLD and UPDATED_NEW after an update of a nested path. */
    public static final Behaviour UPDATED_VALUES_OF_NESTED_PATHS = new Behaviour(
            "UPDATED_OLD / UPDATED_NEW of nested paths",
            "returns only the touched fragment inside its hierarchy: SET a.b.c = :v returns {a: {b: {c: ...}}}",
            "returns the whole top-level attribute that holds the touched path",
            "research §1.10 and §3a: Alternator's test_update_item_returnvalues_nested passes on AWS; DynamoDB"
                    + " Local returns whole attributes");

    /** UpdateItem giving a global index key attribute a value of the wrong type. */
    public static final Behaviour UPDATE_SKIPS_INDEX_KEY_TYPE_CHECK = new Behaviour(
            "UpdateItem setting a global index key to the wrong type",
            "refuses it: \"Type mismatch for Index Key ... IndexName: ...\"",
            "accepts it, and the item appears in the index with the wrong type",
            "research §1.3 and §3a: Alternator's test_gsi_wrong_type_attribute_update passes on AWS; DynamoDB Local"
                    + " does not check index key types on UpdateItem");

    /** The stored item a failed condition returns, when it holds an empty map below the top level. */
    public static final Behaviour NESTED_EMPTY_MAP_IN_FAILED_CONDITION_ITEM = new Behaviour(
            "the item returned with a failed condition (ReturnValuesOnConditionCheckFailure ALL_OLD) holding an empty"
                    + " map inside a list or map",
            "returns the whole item, the empty map included",
            "embedded DynamoDB Local copies the item into the SDK's exception without the type of a nested empty map"
                    + " ({\"M\": {}} inside L or M arrives as a value of no type), so the AWS adapter cannot read the"
                    + " item and raises the ConditionFailedException without it",
            "research §1.10 (ReturnValuesOnConditionCheckFailure returns the whole stored item); the loss was observed"
                    + " by this suite with DynamoDB Local 3.1.0 embedded (DynamoDBEmbedded: no HTTP, so no raw body to"
                    + " fall back on); a top-level empty map or any empty list arrives intact");

    /** The capacity BatchGetItem charges for a key whose item does not exist. */
    public static final Behaviour BATCH_GET_MISSING_ITEMS_COST_NOTHING = new Behaviour(
            "BatchGetItem consumed capacity for keys whose items do not exist",
            "each such key costs what a GetItem of a missing item costs: the minimum, half a unit (one with"
                    + " ConsistentRead)",
            "such keys cost nothing (a batch of two missing keys reports 0.0 units)",
            "research §3a (DynamoDB Local's ConsumedCapacity values differ) and §0 [DYN]: dynalite's"
                    + " test/batchGetItem.js, captured from AWS, charges a batch of one missing key 0.5 units and"
                    + " counts missing keys in the per-table sums; DynamoDB Local 3.1.0 observed by this suite");

    /** A transaction with an action whose item fails validation. */
    public static final Behaviour TRANSACTION_VALIDATION_DOES_NOT_STOP = new Behaviour(
            "TransactWriteItems with an action whose item fails validation",
            "cancels at the first such action: its reason is ValidationError and every other action's is None, even"
                    + " one with an invalid item or a false condition",
            "keeps validating and evaluating: later invalid items get ValidationError and later false conditions"
                    + " ConditionalCheckFailed",
            "research §1.14 and §3a: Alternator's test_transact_write_cancellation_reasons_validationerror passes on"
                    + " AWS; DynamoDB Local observed to keep going");

    /** A transaction with a Put and a ConditionCheck of one item. */
    public static final Behaviour TRANSACTION_PUT_AND_CHECK_OF_ONE_ITEM = new Behaviour(
            "TransactWriteItems with a Put and a ConditionCheck of the same item",
            "refuses the request: \"Transaction request cannot include multiple operations on one item\"",
            "runs the transaction (detecting the same item only among writes, or among two ConditionChecks)",
            "research §1.14 and §3a: Alternator's test_transact_write_items_multi_action_conflict passes on AWS;"
                    + " DynamoDB Local observed to run it");

    /** TransactGetItems with a key that does not fit its table's schema. */
    public static final Behaviour TRANSACT_GET_MALFORMED_KEY_WITHOUT_REASONS = new Behaviour(
            "TransactGetItems with a key that does not match the table's key schema",
            "cancels the transaction: TransactionCanceledException with the reason ValidationError for that read and"
                    + " None for the others",
            "TransactionCanceledException with the message \"The number of conditions on the keys is invalid\" and no"
                    + " cancellation reasons",
            "research §1.14 and §3a: [CONF] transactGetItems.test.ts records AWS's answer and DynamoDB Local's");

    /** A transaction whose Update cannot be applied to its stored item. */
    public static final Behaviour TRANSACTION_UPDATE_ERROR_REFUSES_REQUEST = new Behaviour(
            "TransactWriteItems with an Update that cannot be applied to the stored item (an operand of the wrong type)",
            "cancels the transaction: the Update's reason is ValidationError with the update's message",
            "refuses the whole request with a ValidationException carrying the update's message",
            "research §1.14: an update-expression type error is among AWS's per-action ValidationError reasons"
                    + " (Alternator's test_transact.py comments, ministack PR #1067); DynamoDB Local 3.1.0 observed by"
                    + " this suite");

    /** Every recorded behavioural divergence of DynamoDB Local. */
    public static final List<Behaviour> DYNAMODB_LOCAL_BEHAVIOURS = List.of(
            PAGE_SIZE_IGNORES_FILTERED_ITEMS,
            UPDATE_OF_MISSING_ITEM_WITHOUT_SET_OR_ADD,
            UPDATED_VALUES_OF_NESTED_PATHS,
            UPDATE_SKIPS_INDEX_KEY_TYPE_CHECK,
            NESTED_EMPTY_MAP_IN_FAILED_CONDITION_ITEM,
            BATCH_GET_MISSING_ITEMS_COST_NOTHING,
            TRANSACTION_VALIDATION_DOES_NOT_STOP,
            TRANSACTION_PUT_AND_CHECK_OF_ONE_ITEM,
            TRANSACT_GET_MALFORMED_KEY_WITHOUT_REASONS,
            TRANSACTION_UPDATE_ERROR_REFUSES_REQUEST);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+\\}");
    private static final String SCHEMA_MISMATCH = "The provided key element does not match the schema";
    private static final String MISSING_TABLE = "Requested resource not found";
    private static final String LOCAL_MISSING_TABLE = "Cannot do operations on a non-existent table";
    private static final String CREATE_TABLE_REASON =
            "research §3b: DynamoDB Local has its own text for almost every CreateTable validation;"
                    + " the AWS text is dynalite's capture (research §0 [DYN] validations/createTable.js)";

    /** Every recorded divergence of DynamoDB Local's messages from DynamoDB's. */
    public static final List<Divergence> DYNAMODB_LOCAL = List.of(
            // Key sizes (research §1.3 and §2 rows 49-50).
            new Divergence(
                    "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048"
                            + " bytes",
                    "Hash primary key values must be under 2048 bytes, and range primary key values must be under 1024"
                            + " bytes",
                    "research §1.3 and §2 #49: Local words both key size limits in one sentence of its own"),
            new Divergence(
                    "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size"
                            + " limit of 1024 bytes",
                    "Hash primary key values must be under 2048 bytes, and range primary key values must be under 1024"
                            + " bytes",
                    "research §1.3 and §2 #50: Local words both key size limits in one sentence of its own"),
            // Keys (research §1.3 and §2 rows 45-47).
            new Divergence(
                    SCHEMA_MISMATCH,
                    "The number of conditions on the keys is invalid",
                    "research §1.3 and §2 #45: Local reports a missing or extra key attribute on GetItem/DeleteItem"
                            + " in its own words"),
            new Divergence(
                    SCHEMA_MISMATCH,
                    "One or more parameter values were invalid: Type mismatch for key",
                    "research §1.3: Local reports a key attribute of the wrong type on GetItem/DeleteItem as a type"
                            + " mismatch instead of a schema mismatch"),
            new Divergence(
                    SCHEMA_MISMATCH,
                    "One of the required keys was not given a value",
                    "research §1.3: AWS gives the schema mismatch for every wrongly shaped GetItem/DeleteItem key;"
                            + " Local 3.1.0 words a key with the right number of attributes but another name like its"
                            + " PutItem missing-key message (§2 #47), observed by this suite"),
            new Divergence(
                    "One or more parameter values were invalid: Type mismatch for key {key} expected: {expected}"
                            + " actual: {actual}",
                    "One or more parameter values were invalid: Type mismatch for key",
                    "research §2 #46: Local truncates the PutItem key type mismatch message"),
            new Divergence(
                    "One or more parameter values were invalid: Missing the key {key} in the item",
                    "One of the required keys was not given a value",
                    "research §1.3 and §2 #47: Local words a PutItem item without a key attribute differently"),
            // Missing tables (research §1.3 and §2 row 52).
            new Divergence(
                    MISSING_TABLE,
                    LOCAL_MISSING_TABLE,
                    "research §1.3 and §2 #52: Local's text for an item operation on a missing table"),
            new Divergence(
                    "Requested resource not found: Table: {table} not found",
                    LOCAL_MISSING_TABLE,
                    "research §1.3 and §2 #52: Local's text for a control-plane operation on a missing table"),
            // CreateTable (research §3b).
            new Divergence(
                    "Table already exists: {table}",
                    "Cannot create preexisting table",
                    "research §3b: Local's text for creating a table that exists"),
            new Divergence(
                    "Value '{table}' at 'tableName' failed to satisfy constraint: Member must have length greater"
                            + " than or equal to 3",
                    "Invalid table/index name. Table/index names must be between 3 and 255 characters long, and"
                            + " may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'",
                    "research §1.3 and §2 #53: Local has one text of its own for every invalid table name"),
            new Divergence(
                    "One or more parameter values were invalid: Some index key attributes are not defined in"
                            + " AttributeDefinitions. Keys: [{keys}], AttributeDefinitions: [{definitions}]",
                    "Hash Key not specified in Attribute Definitions. Type unknown.",
                    CREATE_TABLE_REASON),
            new Divergence(
                    "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly"
                            + " match number of attributes defined in AttributeDefinitions",
                    "The number of attributes in key schema must match the number of attributes defined in"
                            + " attribute definitions",
                    CREATE_TABLE_REASON),
            new Divergence(
                    "Invalid KeySchema: The first KeySchemaElement is not a HASH key type",
                    "No Hash Key specified in schema. All Dynamo DB tables must have exactly one hash key",
                    CREATE_TABLE_REASON),
            new Divergence(
                    "One or more parameter values were invalid: Table KeySchema does not have a range key, which is"
                            + " required when specifying a LocalSecondaryIndex",
                    "Local Secondary indices are not allowed on hash tables, only hash and range tables",
                    CREATE_TABLE_REASON),
            new Divergence(
                    "One or more parameter values were invalid: Duplicate index name: {index}",
                    "Two global secondary indices have the same name",
                    CREATE_TABLE_REASON + "; research §3b quotes this Local text"),
            // Query, Scan and secondary indexes (research §1.11, §1.12 and §2 rows 54-69).
            new Divergence(
                    "Value '{value}' at 'limit' failed to satisfy constraint: Member must have value greater than or"
                            + " equal to 1",
                    "Limit must be greater than or equal to 1",
                    "research §1.11 and §2 #64: Local's own text for a Limit below 1"),
            new Divergence(
                    "Query condition missed key schema element: {key}",
                    "Query condition missed key schema element",
                    "research §1.7 and §2 #54: Local leaves off the key attribute's name"),
            new Divergence(
                    "Consistent reads are not supported on global secondary indexes",
                    "Consistent read cannot be true when querying a GSI",
                    "research §1.12 and §2 #61: Local's own text for ConsistentRead on a GSI"),
            new Divergence(
                    "Consistent reads are not supported on global secondary indexes",
                    "Consistent read cannot be true when scanning a GSI",
                    "research §1.12 and §2 #61: Local's own text for ConsistentRead on a GSI Scan, observed by this"
                            + " suite"),
            new Divergence(
                    "One or more parameter values were invalid: Type mismatch for Index Key {key} Expected: {expected}"
                            + " Actual: {actual} IndexName: {index}",
                    "One or more parameter values were invalid: Type mismatch for Index Key",
                    "research §1.3 and §2 #48: Local truncates the index key type mismatch message"),
            new Divergence(
                    "The provided starting key is invalid: {detail}",
                    "Exclusive Start Key must have same size as table's key schema",
                    "research §1.11 and §2 #69: Local's own text for an ExclusiveStartKey of the wrong shape"),
            new Divergence(
                    "The TotalSegments parameter is required but was not present in the request when Segment"
                            + " parameter is present",
                    "If segment is specified, total segment must also be specified",
                    "research §1.11 and §2 #66: Local's own text for Segment without TotalSegments"),
            new Divergence(
                    "The Segment parameter is required but was not present in the request when parameter"
                            + " TotalSegments is present",
                    "If total segments is specified, a particular segment must also be specified for this request",
                    "research §1.11 and §2 #67: Local's own text for TotalSegments without Segment"),
            new Divergence(
                    "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment:"
                            + " {segment} is not less than TotalSegments: {total}",
                    "Value '{segment}' at 'segment' failed to satisfy constraint: Member must have value less than or"
                            + " equal to {max}",
                    "research §1.11 and §2 #68: Local reports Segment >= TotalSegments as a range constraint"),
            new Divergence(
                    "The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey"
                            + " with correct Segment. TotalSegments: {total} Segment: {segment}",
                    "Exclusive start key must lie within the segment",
                    "research §1.11: Local's own text for an ExclusiveStartKey outside the scanned segment"),
            // BatchGetItem and BatchWriteItem (research §1.13 and §2 rows 71-74).
            new Divergence(
                    "The requestItems parameter is required for BatchGetItem",
                    "BatchGetItem must have some requests set",
                    "research §1.13 and §2 #74: Local's own text for a BatchGetItem without requests"),
            new Divergence(
                    "The requestItems parameter is required for BatchWriteItem",
                    "BatchWriteItem cannot have a null or no requests set",
                    "research §1.13 and §2 #74: Local's own text for a BatchWriteItem without requests"),
            new Divergence(
                    "Value at 'RequestItems.{table}.member.Keys' failed to satisfy constraint: Member must have length"
                            + " less than or equal to 100",
                    "Too many items requested for the BatchGetItem call",
                    "research §1.13 and §2 #71: Local gives its one text for too many keys also when a single table"
                            + " has more than 100"),
            new Divergence(
                    "Value at 'RequestItems.{table}.member' failed to satisfy constraint: Member must have length less"
                            + " than or equal to 25",
                    "Too many items requested for the BatchWriteItem call",
                    "research §1.13 and §2 #72: Local gives its one text for too many writes also when a single table"
                            + " has more than 25; the AWS text is the form [CONF] batchWriteItem.test.ts records for"
                            + " the regions on AWS's newer validation"),
            new Divergence(
                    "Value at 'RequestItems.{table}.member.Keys' failed to satisfy constraint: Member must have length"
                            + " greater than or equal to 1",
                    "The list of keys in RequestItems for BatchGetItem is required: {table} has empty list",
                    "research §1.13 quotes Local's text for an empty key list; the AWS text is [CONF]"
                            + " batchGetItem.test.ts (research §0), captured in 2026"),
            new Divergence(
                    "Value '{echo}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint:"
                            + " [Member must have length less than or equal to 25, Member must have length greater than"
                            + " or equal to 1]",
                    "The batch write request list for a table cannot be null or empty: {table}",
                    "research §1.13 and §2 #72 (AWS's map-value constraint on the write lists); the empty-list case is"
                            + " [CONF] batchWriteItem.test.ts (research §0); Local's text observed by this suite"),
            new Divergence(
                    "Value '{echo}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint:"
                            + " [Member must have length less than or equal to 255, Member must have length greater"
                            + " than or equal to 3, Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]",
                    "Invalid table/index name. Table/index names must be between 3 and 255 characters long, and"
                            + " may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'",
                    "research §1.3 and §2 #53: Local has one text of its own for every invalid table name; AWS's for"
                            + " a BatchGetItem table name is [CONF] batchGetItem.test.ts (research §0)"),
            // TransactWriteItems and TransactGetItems (research §1.14 and §2 rows 75-80).
            new Divergence(
                    "Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or"
                            + " equal to 1",
                    "Value [] at 'transactItems' failed to satisfy constraint: Member must have length greater than or"
                            + " equal to 1",
                    "research §1.14 and §2 #76: Local leaves the quotes off the echoed empty list"),
            new Divergence(
                    "Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or"
                            + " equal to 1",
                    "Value null at 'transactItems' failed to satisfy constraint: Member must not be null",
                    "research §1.14 and §2 #76 (AWS's text for an empty TransactWriteItems, which the emulator gives for"
                            + " an empty TransactGetItems too, by the same request model); Local's text for an empty"
                            + " TransactGetItems observed by this suite"),
            new Divergence(
                    "Value at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to"
                            + " 100",
                    "Member must have length less than or equal to 100",
                    "research §1.14 and §2 #75: AWS echoes the whole request in its internal form, which the emulator"
                            + " leaves out; Local gives the bare constraint"),
            new Divergence(
                    "Value '{token}' at 'clientRequestToken' failed to satisfy constraint: Member must have length less"
                            + " than or equal to 36",
                    "Value {token} at 'clientRequestToken' failed to satisfy constraint: Member must have length less"
                            + " than or equal to 36",
                    "research §1.14: Local leaves the quotes off the echoed token"),
            // UpdateItem (research §1.1, §1.9 and §3b).
            new Divergence(
                    "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: {clause},"
                            + " operand type: {type}",
                    "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: {clause},"
                            + " operand type: {type}, typeSet: {allowed}",
                    "research §1.9, §2 #17 and §3b: Local appends \", typeSet: ALLOWED_FOR_ADD_OPERAND\" (or"
                            + " _DELETE_) to the ADD and DELETE operand-type messages"),
            new Divergence(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range",
                    "DynamoDB only supports precision up to 38 digits",
                    "research §1.1: an update's arithmetic result in range but needing more than 38 digits (1e50 + 1)"
                            + " is reported by AWS as an overflow (Alternator's test_update_expression_plus_imprecise),"
                            + " by Local as a precision error"));

    private KnownDivergences() {}

    /**
     * Whether {@code backend} is recorded to show {@code behaviour}: only {@link Backend#DYNAMODB_LOCAL}, only for
     * listed entries; never the emulator, whether called in-process or over HTTP, and never DynamoDB.
     */
    public static boolean shows(Backend backend, Behaviour behaviour) {
        return backend == Backend.DYNAMODB_LOCAL && DYNAMODB_LOCAL_BEHAVIOURS.contains(behaviour);
    }

    /** The recorded divergence that excuses {@code actual} where DynamoDB says {@code expectedAws}, if any. */
    public static Optional<Divergence> excusing(String expectedAws, String actual) {
        return DYNAMODB_LOCAL.stream()
                .filter(divergence -> divergence.excuses(expectedAws, actual))
                .findFirst();
    }

    private static boolean matches(String template, String message) {
        String normalisedTemplate = DynamoErrors.normalise(template);
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(normalisedTemplate);
        int literalStart = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(normalisedTemplate.substring(literalStart, placeholder.start())));
            regex.append(".+?");
            literalStart = placeholder.end();
        }
        regex.append(Pattern.quote(normalisedTemplate.substring(literalStart)));
        return Pattern.matches(regex.toString(), DynamoErrors.normalise(message));
    }
}
