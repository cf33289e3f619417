/**
 * The emulator's DynamoDB Streams: the streams of its tables, their one shard each, the records item writes leave in
 * them, shard iterators, and synchronous subscriptions for tests. Depends on the table package; nothing there
 * depends on this one.
 */
package io.tabletheory.inmemory.internal.stream;
