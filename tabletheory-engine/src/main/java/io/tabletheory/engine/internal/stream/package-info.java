/**
 * Stream records from JSON text ({@code StreamEventJson}): a Lambda DynamoDB event or records in DynamoDB's shape,
 * read strictly into the api's {@code StreamRecord}s.
 */
package io.tabletheory.engine.internal.stream;
