package io.tabletheory.api.stream;

import java.util.Optional;

/**
 * The sequence numbers a shard spans.
 *
 * @param startingSequenceNumber the shard's first sequence number
 * @param endingSequenceNumber the shard's last sequence number once it is closed (its stream disabled); empty while
 *     the shard is open
 */
public record SequenceNumberRange(Optional<String> startingSequenceNumber, Optional<String> endingSequenceNumber) {
    public SequenceNumberRange {
        startingSequenceNumber = startingSequenceNumber == null ? Optional.empty() : startingSequenceNumber;
        endingSequenceNumber = endingSequenceNumber == null ? Optional.empty() : endingSequenceNumber;
    }
}
