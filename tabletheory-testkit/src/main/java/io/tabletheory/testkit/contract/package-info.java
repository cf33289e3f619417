/**
 * The port contract suite: abstract test classes that every backend's run extends (the emulator in-process, and the
 * AWS adapter with a real SDK v2 client against {@code tabletheory-server}), so both pass exactly the same
 * assertions. They assert DynamoDB's documented behaviour and DynamoDB's exact messages (after {@link
 * io.tabletheory.testkit.contract.DynamoErrors#normalise}), each with its source: the DynamoDB documentation, or
 * the research notes ({@code /work/shared/research/dynamodb-semantics.md}, cited as "research §n").
 *
 * <p>The suite once also ran against DynamoDB Local, which is no longer used (its licence is the vendor's own terms,
 * not an open-source licence). What that taught is kept: the behaviours Local got wrong are noted beside the
 * tests that assert DynamoDB's behaviour, and the messages Local words differently from DynamoDB are listed here, so
 * a user who sees Local's text can find DynamoDB's (the one the contract asserts). A {@code {name}} stands for any
 * text (a table, attribute or value that differs per request).
 *
 * <ul>
 *  <li>DynamoDB: “One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit
 *       of2048 bytes”. DynamoDB Local: “Hash primary key values must be under 2048 bytes, and range primary key
 *       values must be under 1024 bytes”. Source: research §1.3 and §2 #49: Local words both key size limits in one
 *       sentence of its own.
 *  <li>DynamoDB: “One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size
 *       limit of 1024 bytes”. DynamoDB Local: “Hash primary key values must be under 2048 bytes, and range primary
 *       key values must be under 1024 bytes”. Source: research §1.3 and §2 #50: Local words both key size limits in
 *       one sentence of its own.
 *  <li>DynamoDB: “The provided key element does not match the schema”. DynamoDB Local: “The number of conditions on
 *       the keys is invalid”. Source: research §1.3 and §2 #45: Local reports a missing or extra key attribute on
 *       GetItem/DeleteItem in its own words.
 *  <li>DynamoDB: “The provided key element does not match the schema”. DynamoDB Local: “One or more parameter values
 *       were invalid: Type mismatch for key”. Source: research §1.3: Local reports a key attribute of the wrong type
 *       on GetItem/DeleteItem as a type mismatch instead of a schema mismatch.
 *  <li>DynamoDB: “The provided key element does not match the schema”. DynamoDB Local: “One of the required keys was
 *       not given a value”. Source: research §1.3: AWS gives the schema mismatch for every wrongly shaped
 *       GetItem/DeleteItem key; Local 3.1.0 words a key with the right number of attributes but another name like its
 *       PutItem missing-key message (§2 #47), observed by this suite.
 *  <li>DynamoDB: “One or more parameter values were invalid: Type mismatch for key {key} expected: {expected} actual:
 *       {actual}”. DynamoDB Local: “One or more parameter values were invalid: Type mismatch for key”. Source:
 *       research §2 #46: Local truncates the PutItem key type mismatch message.
 *  <li>DynamoDB: “One or more parameter values were invalid: Missing the key {key} in the item”. DynamoDB Local: “One
 *       of the required keys was not given a value”. Source: research §1.3 and §2 #47: Local words a PutItem item
 *       without a key attribute differently.
 *  <li>DynamoDB: “Requested resource not found”. DynamoDB Local: “Cannot do operations on a non-existent table”.
 *       Source: research §1.3 and §2 #52: Local's text for an item operation on a missing table.
 *  <li>DynamoDB: “Requested resource not found: Table: {table} not found”. DynamoDB Local: “Cannot do operations on a
 *       non-existent table”. Source: research §1.3 and §2 #52: Local's text for a control-plane operation on a
 *       missing table.
 *  <li>DynamoDB: “Table already exists: {table}”. DynamoDB Local: “Cannot create preexisting table”. Source: research
 *       §3b: Local's text for creating a table that exists.
 *  <li>DynamoDB: “Value '{table}' at 'tableName' failed to satisfy constraint: Member must have length greater than
 *       or equal to 3”. DynamoDB Local: “Invalid table/index name. Table/index names must be between 3 and 255
 *       characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'”. Source: research §1.3
 *       and §2 #53: Local has one text of its own for every invalid table name.
 *  <li>DynamoDB: “One or more parameter values were invalid: Some index key attributes are not defined in
 *       AttributeDefinitions. Keys: [{keys}], AttributeDefinitions: [{definitions}]”. DynamoDB Local: “Hash Key not
 *       specified in Attribute Definitions. Type unknown.”. Source: research §3b: DynamoDB Local has its own text for
 *       almost every CreateTable validation; the AWS text is dynalite's capture (research §0 [DYN]
 *       validations/createTable.js).
 *  <li>DynamoDB: “One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match
 *       number of attributes defined in AttributeDefinitions”. DynamoDB Local: “The number of attributes in key
 *       schema must match the number of attributes defined in attribute definitions”. Source: research §3b: DynamoDB
 *       Local has its own text for almost every CreateTable validation; the AWS text is dynalite's capture (research
 *       §0 [DYN] validations/createTable.js).
 *  <li>DynamoDB: “Invalid KeySchema: The first KeySchemaElement is not a HASH key type”. DynamoDB Local: “No Hash Key
 *       specified in schema. All Dynamo DB tables must have exactly one hash key”. Source: research §3b: DynamoDB
 *       Local has its own text for almost every CreateTable validation; the AWS text is dynalite's capture (research
 *       §0 [DYN] validations/createTable.js).
 *  <li>DynamoDB: “One or more parameter values were invalid: Table KeySchema does not have a range key, which is
 *       required when specifying a LocalSecondaryIndex”. DynamoDB Local: “Local Secondary indices are not allowed on
 *       hash tables, only hash and range tables”. Source: research §3b: DynamoDB Local has its own text for almost
 *       every CreateTable validation; the AWS text is dynalite's capture (research §0 [DYN]
 *       validations/createTable.js).
 *  <li>DynamoDB: “One or more parameter values were invalid: Duplicate index name: {index}”. DynamoDB Local: “Two
 *       global secondary indices have the same name”. Source: research §3b: DynamoDB Local has its own text for
 *       almost every CreateTable validation; the AWS text is dynalite's capture (research §0 [DYN]
 *       validations/createTable.js); research §3b quotes this Local text.
 *  <li>DynamoDB: “Value '{value}' at 'limit' failed to satisfy constraint: Member must have value greater than or
 *       equal to 1” (Scan; a Query's reads “Value at 'Limit' failed to satisfy constraint: ...”, [CONF]
 *       query.test.ts). DynamoDB Local: “Limit must be greater than or equal to 1”. Source: research §1.11 and §2
 *       #64: Local's own text for a Limit below 1.
 *  <li>DynamoDB: “Query condition missed key schema element: {key}”. DynamoDB Local: “Query condition missed key
 *       schema element”. Source: research §1.7 and §2 #54: Local leaves off the key attribute's name.
 *  <li>DynamoDB: “Consistent reads are not supported on global secondary indexes”. DynamoDB Local: “Consistent read
 *       cannot be true when querying a GSI”. Source: research §1.12 and §2 #61: Local's own text for ConsistentRead
 *       on a GSI.
 *  <li>DynamoDB: “Consistent reads are not supported on global secondary indexes”. DynamoDB Local: “Consistent read
 *       cannot be true when scanning a GSI”. Source: research §1.12 and §2 #61: Local's own text for ConsistentRead
 *       on a GSI Scan, observed by this suite.
 *  <li>DynamoDB: “One or more parameter values were invalid: Type mismatch for Index Key {key} Expected: {expected}
 *       Actual: {actual} IndexName: {index}”. DynamoDB Local: “One or more parameter values were invalid: Type
 *       mismatch for Index Key”. Source: research §1.3 and §2 #48: Local truncates the index key type mismatch
 *       message.
 *  <li>DynamoDB: “The provided starting key is invalid: {detail}”. DynamoDB Local: “Exclusive Start Key must have
 *       same size as table's key schema”. Source: research §1.11 and §2 #69: Local's own text for an
 *       ExclusiveStartKey of the wrong shape.
 *  <li>DynamoDB: “The TotalSegments parameter is required but was not present in the request when Segment parameter
 *       is present”. DynamoDB Local: “If segment is specified, total segment must also be specified”. Source:
 *       research §1.11 and §2 #66: Local's own text for Segment without TotalSegments.
 *  <li>DynamoDB: “The Segment parameter is required but was not present in the request when parameter TotalSegments
 *       is present”. DynamoDB Local: “If total segments is specified, a particular segment must also be specified for
 *       this request”. Source: research §1.11 and §2 #67: Local's own text for TotalSegments without Segment.
 *  <li>DynamoDB: “The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment:
 *       {segment} is not less than TotalSegments: {total}”. DynamoDB Local: “Value '{segment}' at 'segment' failed to
 *       satisfy constraint: Member must have value less than or equal to {max}”. Source: research §1.11 and §2 #68:
 *       Local reports Segment &gt;= TotalSegments as a range constraint.
 *  <li>DynamoDB: “The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with
 *       correct Segment. TotalSegments: {total} Segment: {segment}”. DynamoDB Local: “Exclusive start key must lie
 *       within the segment”. Source: research §1.11: Local's own text for an ExclusiveStartKey outside the scanned
 *       segment.
 *  <li>DynamoDB: “The requestItems parameter is required for BatchGetItem”. DynamoDB Local: “BatchGetItem must have
 *       some requests set”. Source: research §1.13 and §2 #74: Local's own text for a BatchGetItem without requests.
 *  <li>DynamoDB: “The requestItems parameter is required for BatchWriteItem”. DynamoDB Local: “BatchWriteItem cannot
 *       have a null or no requests set”. Source: research §1.13 and §2 #74: Local's own text for a BatchWriteItem
 *       without requests.
 *  <li>DynamoDB: “Value at 'RequestItems.{table}.member.Keys' failed to satisfy constraint: Member must have length
 *       less than or equal to 100”. DynamoDB Local: “Too many items requested for the BatchGetItem call”. Source:
 *       research §1.13 and §2 #71: Local gives its one text for too many keys also when a single table has more than
 *       100.
 *  <li>DynamoDB: “Value '{echo}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint:
 *       [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]”
 *       (more than 25 writes to one table). DynamoDB Local: “Too many items requested for the BatchWriteItem call”.
 *       Source: research §1.13 and §2 #72: Local gives its one text for too many writes also when a single table
 *       has more than 25; the AWS text is the one [CONF] batchWriteItem.test.ts pins at suite commit 0ba4393.
 *  <li>DynamoDB: “Value at 'RequestItems.{table}.member.Keys' failed to satisfy constraint: Member must have length
 *       greater than or equal to 1”. DynamoDB Local: “The list of keys in RequestItems for BatchGetItem is required:
 *       {table} has empty list”. Source: research §1.13 quotes Local's text for an empty key list; the AWS text is
 *       [CONF] batchGetItem.test.ts (research §0), captured in 2026.
 *  <li>DynamoDB: “Value '{echo}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint:
 *       [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]”.
 *       DynamoDB Local: “The batch write request list for a table cannot be null or empty: {table}”. Source: research
 *       §1.13 and §2 #72 (AWS's map-value constraint on the write lists); the empty-list case is [CONF]
 *       batchWriteItem.test.ts (research §0); Local's text observed by this suite.
 *  <li>DynamoDB: “Value '{echo}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint:
 *       [Member must have length less than or equal to 255, Member must have length greater than or equal to 3,
 *       Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]”. DynamoDB Local: “Invalid table/index name.
 *       Table/index names must be between 3 and 255 characters long, and may contain only the characters a-z, A-Z,
 *       0-9, '_', '-', and '.'”. Source: research §1.3 and §2 #53: Local has one text of its own for every invalid
 *       table name; AWS's for a BatchGetItem table name is [CONF] batchGetItem.test.ts (research §0).
 *  <li>DynamoDB: “Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or
 *       equal to 1”. DynamoDB Local: “Value [] at 'transactItems' failed to satisfy constraint: Member must have
 *       length greater than or equal to 1”. Source: research §1.14 and §2 #76: Local leaves the quotes off the echoed
 *       empty list.
 *  <li>DynamoDB: “Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or
 *       equal to 1”. DynamoDB Local: “Value null at 'transactItems' failed to satisfy constraint: Member must not be
 *       null”. Source: research §1.14 and §2 #76 (AWS's text for an empty TransactWriteItems, which the emulator
 *       gives for an empty TransactGetItems too, by the same request model); Local's text for an empty
 *       TransactGetItems observed by this suite.
 *  <li>DynamoDB: “Value '[{echo}]' at 'transactItems' failed to satisfy constraint: Member must have length less
 *       than or equal to 100”. DynamoDB Local: “Member must have length less than or equal to 100”. Source: research
 *       §1.14 and §2 #75: AWS echoes the whole request in its internal form (the emulator echoes its own records;
 *       [CONF] transactWriteItems.test.ts pins the shape around the echo); Local gives the bare constraint.
 *  <li>DynamoDB: “Value '{token}' at 'clientRequestToken' failed to satisfy constraint: Member must have length less
 *       than or equal to 36”. DynamoDB Local: “Value {token} at 'clientRequestToken' failed to satisfy constraint:
 *       Member must have length less than or equal to 36”. Source: research §1.14: Local leaves the quotes off the
 *       echoed token.
 *  <li>DynamoDB: “Invalid UpdateExpression: Incorrect operand type for operator or function; operator: {clause},
 *       operand type: {type}”. DynamoDB Local: “Invalid UpdateExpression: Incorrect operand type for operator or
 *       function; operator: {clause}, operand type: {type}, typeSet: {allowed}”. Source: research Â§1.9, Â§2 #17 and
 *       Â§3b: Local appends ", typeSet: ALLOWED_FOR_ADD_OPERAND" (or _DELETE_) to the ADD and DELETE operand-type
 *       messages.
 *  <li>DynamoDB: “Number overflow. Attempting to store a number with magnitude larger than supported range”. DynamoDB
 *       Local: “DynamoDB only supports precision up to 38 digits”. Source: research §1.1: an update's arithmetic
 *       result in range but needing more than 38 digits (1e50 + 1) is reported by AWS as an overflow (Alternator's
 *       test_update_expression_plus_imprecise), by Local as a precision error.
 * </ul>
 */
package io.tabletheory.testkit.contract;
