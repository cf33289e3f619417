package io.tabletheory.server.internal.journal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * Reads one journal file's records in order ({@link Segments} describes the framing). A frame that is cut short, has
 * a zero length or a wrong checksum ends the readable part: for the newest file that is what a crash in the middle of
 * a write leaves, and {@link #read} reports where the whole records end so the caller can drop the rest; every write
 * acknowledged to a client was forced to disk before that point, so nothing acknowledged is lost.
 */
final class SegmentReader {
    /** Frames longer than this are taken as damage: a record is at most one transaction (a 4 MB request). */
    static final int MAX_PAYLOAD = 64 * 1024 * 1024;

    private SegmentReader() {}

    /**
     * Passes each whole record's payload of {@code file} to {@code payloads}, in order.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalStateException when the file does not start with the journal header
     */
    static SegmentOutcome read(Path file, Consumer<byte[]> payloads) {
        try (InputStream stream = Files.newInputStream(file)) {
            long length = Files.size(file);
            DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 20));
            if (length < Segments.HEADER.length) {
                return new SegmentOutcome(0, 0, length);
            }
            byte[] header = new byte[Segments.HEADER.length];
            in.readFully(header);
            if (!Arrays.equals(header, Segments.HEADER)) {
                throw new IllegalStateException("journal file " + file + " does not start with the journal header");
            }
            long position = Segments.HEADER.length;
            long records = 0;
            CRC32 checksum = new CRC32();
            while (position + Segments.FRAME_OVERHEAD <= length) {
                int payloadLength = in.readInt();
                int expected = in.readInt();
                if (payloadLength <= 0
                        || payloadLength > MAX_PAYLOAD
                        || position + Segments.FRAME_OVERHEAD + payloadLength > length) {
                    break;
                }
                byte[] payload = new byte[payloadLength];
                in.readFully(payload);
                checksum.reset();
                checksum.update(payload);
                if ((int) checksum.getValue() != expected) {
                    break;
                }
                payloads.accept(payload);
                records++;
                position += Segments.FRAME_OVERHEAD + payloadLength;
            }
            return new SegmentOutcome(position, records, length);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read journal file " + file + ": " + failure, failure);
        }
    }
}
