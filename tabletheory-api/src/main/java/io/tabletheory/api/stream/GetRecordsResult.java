package io.tabletheory.api.stream;

import java.util.List;
import java.util.Optional;

/**
 * The records GetRecords read, and where to continue.
 *
 * @param records the records, in sequence-number order; empty when none has been written since the iterator's
 *     position (an open shard may still get some)
 * @param nextShardIterator where to read next; empty once a closed shard has been read to its end
 */
public record GetRecordsResult(List<StreamRecord> records, Optional<String> nextShardIterator) {
    public GetRecordsResult {
        records = List.copyOf(records);
        nextShardIterator = nextShardIterator == null ? Optional.empty() : nextShardIterator;
    }
}
