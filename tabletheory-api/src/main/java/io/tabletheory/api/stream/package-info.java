/**
 * DynamoDB Streams records in DynamoDB's own shape ({@code StreamRecord}), as a Lambda event, the Streams API or an
 * emulator delivers them; the engine reads their images as models.
 */
package io.tabletheory.api.stream;
