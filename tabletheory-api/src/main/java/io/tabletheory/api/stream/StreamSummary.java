package io.tabletheory.api.stream;

import java.util.Objects;

/**
 * One stream as ListStreams names it.
 *
 * @param streamArn the stream's ARN, used with DescribeStream and GetShardIterator
 * @param tableName its table
 * @param streamLabel its label: the time it was enabled, unique among the table's streams
 */
public record StreamSummary(String streamArn, String tableName, String streamLabel) {
    public StreamSummary {
        Objects.requireNonNull(streamArn, "streamArn");
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(streamLabel, "streamLabel");
    }
}
