/**
 * The Lambda cold-start contenders: one small launcher per way of reaching DynamoDB, each a {@code main} that a fresh
 * JVM runs once (initialise, one PutItem, one GetItem of the same item, against the endpoint in {@code
 * AWS_ENDPOINT_URL_DYNAMODB}) before printing its own CPU time and peak resident set ({@link Report}). {@code
 * io.tabletheory.bench.ColdStartDriver} launches them in interleaved rounds; nothing here runs in {@code mvn verify}.
 */
package io.tabletheory.bench.coldstart;
