package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One segment of a parallel Scan, validated as DynamoDB validates {@code Segment} and {@code TotalSegments}: both or
 * neither, TotalSegments from 1 to 1,000,000, Segment from 0 and below TotalSegments. Segments are equal slices of
 * the partition-key hash range ({@link io.tabletheory.inmemory.internal.table.PartitionHash#segment}), so they are
 * disjoint and together cover every item.
 *
 * @param segment the segment read, from 0
 * @param total the number of segments
 */
record ScanSegment(int segment, int total) {
    /** The most segments a parallel Scan may have. */
    static final int MAX_TOTAL_SEGMENTS = 1_000_000;

    /**
     * The segment a request asks for; empty for a whole-table scan. Range violations of each parameter are checked
     * by the caller with the other request-model constraints; this checks their combination.
     *
     * @throws ValidationException with DynamoDB's message
     */
    static Optional<ScanSegment> of(OptionalInt segment, OptionalInt totalSegments) {
        if (segment.isPresent() && totalSegments.isEmpty()) {
            throw new ValidationException("The TotalSegments parameter is required but was not present in the request"
                    + " when Segment parameter is present");
        }
        if (totalSegments.isPresent() && segment.isEmpty()) {
            throw new ValidationException("The Segment parameter is required but was not present in the request when"
                    + " parameter TotalSegments is present");
        }
        if (segment.isEmpty()) {
            return Optional.empty();
        }
        if (segment.getAsInt() >= totalSegments.getAsInt()) {
            throw new ValidationException("The Segment parameter is zero-based and must be less than parameter"
                    + " TotalSegments: Segment: " + segment.getAsInt() + " is not less than TotalSegments: "
                    + totalSegments.getAsInt());
        }
        return Optional.of(new ScanSegment(segment.getAsInt(), totalSegments.getAsInt()));
    }
}
