package io.tabletheory.api.stream;

import java.util.List;
import java.util.Optional;

/**
 * One page of streams.
 *
 * @param streams the streams of this page
 * @param lastEvaluatedStreamArn where the next page starts (its {@code exclusiveStartStreamArn}); empty on the last
 *     page
 */
public record ListStreamsResult(List<StreamSummary> streams, Optional<String> lastEvaluatedStreamArn) {
    public ListStreamsResult {
        streams = List.copyOf(streams);
        lastEvaluatedStreamArn = lastEvaluatedStreamArn == null ? Optional.empty() : lastEvaluatedStreamArn;
    }
}
