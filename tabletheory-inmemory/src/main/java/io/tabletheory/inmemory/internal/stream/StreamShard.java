package io.tabletheory.inmemory.internal.stream;

import io.tabletheory.api.stream.SequenceNumberRange;
import io.tabletheory.api.stream.Shard;
import io.tabletheory.api.stream.StreamRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * The one shard of an emulated stream: its records in sequence-number order, appended while the written table is
 * locked, trimmed once they are older than the retention, and closed (given an ending sequence number) when the
 * stream is disabled. Positions are sequence numbers: a reader reads the records numbered above a position.
 *
 * <p>The shard starts at a sequence number (its stream's base) and numbers its records one after another from
 * there, under its monitor, so a reader that takes the shard's latest position ({@link #latest}) sees every later
 * record; closing takes the next number as the shard's ending one. The numbers depend only on the order of the
 * table's changes, so replaying the same changes in the same order (a data directory's journal after a restart)
 * numbers them the same. Thread-safe.
 */
final class StreamShard {
    /** DynamoDB's limit on the records of one GetRecords answer, in bytes. */
    static final long MAX_READ_BYTES = 1024 * 1024;

    private final String shardId;
    private final long start;
    /** The last sequence number taken. */
    private long sequence;

    private final List<StoredRecord> records = new ArrayList<>();
    /** The highest sequence number trimmed so far; {@code start - 1} before any trim. */
    private long trimmedThrough;

    private long ending = -1;

    /**
     * A new open shard whose records are numbered after {@code start}.
     *
     * @param shardId the shard's id
     * @param start its starting sequence number
     */
    StreamShard(String shardId, long start) {
        this.shardId = shardId;
        this.start = start;
        this.sequence = start;
        this.trimmedThrough = start - 1;
    }

    String shardId() {
        return shardId;
    }

    long start() {
        return start;
    }

    /** The shard as DescribeStream reports it. */
    synchronized Shard describe() {
        return new Shard(
                shardId,
                new SequenceNumberRange(
                        Optional.of(SequenceNumbers.format(start)),
                        ending < 0 ? Optional.empty() : Optional.of(SequenceNumbers.format(ending))),
                Optional.empty());
    }

    /**
     * Appends the record {@code build} makes from its sequence number (text), written at {@code now}; trims the
     * records older than {@code horizon} first.
     *
     * @throws IllegalStateException when the shard is closed
     */
    synchronized StreamRecord append(LongFunction<StreamRecord> build, Instant now, Instant horizon) {
        if (ending >= 0) {
            throw new IllegalStateException("the shard is closed: " + shardId);
        }
        trim(horizon);
        sequence++;
        StreamRecord record = build.apply(sequence);
        records.add(new StoredRecord(sequence, now, record));
        return record;
    }

    /**
     * Restores a saved state: the records kept, the last sequence number taken, the trim point and the ending
     * number (negative while open).
     */
    synchronized void restore(List<StoredRecord> kept, long last, long trimmed, long end) {
        records.clear();
        records.addAll(kept);
        sequence = last;
        trimmedThrough = trimmed;
        ending = end;
    }

    /** The last sequence number taken. */
    synchronized long lastSequence() {
        return sequence;
    }

    /** Closes the shard: no record is added any more; its ending sequence number is reserved now. */
    synchronized void close() {
        if (ending < 0) {
            sequence++;
            ending = sequence;
        }
    }

    /** The ending sequence number once closed. */
    synchronized OptionalLong ending() {
        return ending < 0 ? OptionalLong.empty() : OptionalLong.of(ending);
    }

    /** Whether no record will be added. */
    synchronized boolean closed() {
        return ending >= 0;
    }

    /** Drops the records written before {@code horizon}. */
    synchronized void trim(Instant horizon) {
        int drop = 0;
        while (drop < records.size() && records.get(drop).created().isBefore(horizon)) {
            drop++;
        }
        if (drop > 0) {
            trimmedThrough = records.get(drop - 1).sequence();
            records.subList(0, drop).clear();
        }
    }

    /** The position of the oldest record kept (TRIM_HORIZON). */
    synchronized long trimHorizon() {
        return trimmedThrough;
    }

    /** The position after the newest record (LATEST). */
    synchronized long latest() {
        return records.isEmpty()
                ? Math.max(trimmedThrough, start)
                : records.get(records.size() - 1).sequence();
    }

    /** Whether records above {@code position} were trimmed (a reader there would miss them). */
    synchronized boolean trimmedAfter(long position) {
        return position < trimmedThrough;
    }

    /** Whether {@code number} lies in the shard's range: from its start to its last number (its end once closed). */
    synchronized boolean spans(long number) {
        return number >= start && (ending < 0 || number <= ending) && number <= sequence;
    }

    /** Every record kept, oldest first. */
    synchronized List<StoredRecord> records() {
        return List.copyOf(records);
    }

    /**
     * Up to {@code limit} records numbered above {@code position}, and at most 1 MB of them (at least one).
     *
     * @return the records and whether the shard is closed and has none after them
     */
    synchronized Page read(long position, int limit) {
        int from = firstAbove(position);
        List<StreamRecord> page = new ArrayList<>();
        long bytes = 0;
        long last = position;
        int index = from;
        while (index < records.size() && page.size() < limit) {
            StoredRecord stored = records.get(index);
            if (!page.isEmpty() && bytes + stored.record().sizeBytes() > MAX_READ_BYTES) {
                break;
            }
            page.add(stored.record());
            bytes += stored.record().sizeBytes();
            last = stored.sequence();
            index++;
        }
        return new Page(page, last, ending >= 0 && index >= records.size());
    }

    private int firstAbove(long position) {
        int low = 0;
        int high = records.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (records.get(middle).sequence() <= position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * One read of a shard.
     *
     * @param records the records read
     * @param position the position after them
     * @param exhausted whether the shard is closed and nothing follows
     */
    record Page(List<StreamRecord> records, long position, boolean exhausted) {}
}
