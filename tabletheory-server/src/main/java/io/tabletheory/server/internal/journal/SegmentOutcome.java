package io.tabletheory.server.internal.journal;

/**
 * What reading one journal file found.
 *
 * @param wholeRecordsEnd the byte offset where its whole records end
 * @param records how many whole records it held
 * @param fileLength its length; longer than {@code wholeRecordsEnd} when a write was cut short by a crash, or on
 *     damage
 */
public record SegmentOutcome(long wholeRecordsEnd, long records, long fileLength) {
    /** Whether bytes follow the last whole record. */
    public boolean hasTail() {
        return wholeRecordsEnd < fileLength;
    }
}
