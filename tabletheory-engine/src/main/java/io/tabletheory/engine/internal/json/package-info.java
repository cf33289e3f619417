/**
 * JSON the engine reads itself, without a JSON library (the engine depends on the api and slf4j only): a small
 * strict parser with depth and number limits ({@code JsonReader}) and DynamoDB JSON values on top of it
 * ({@code DynamoJsonValues}), for cursors and stream records.
 */
package io.tabletheory.engine.internal.json;
