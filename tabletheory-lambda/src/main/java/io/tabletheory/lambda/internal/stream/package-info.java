/**
 * Stream records in the Lambda events library's shapes, for {@code LambdaStreamRecords}; kept apart from the rest of
 * the implementation so it depends on nothing of the public package. May change at any time.
 */
package io.tabletheory.lambda.internal.stream;
