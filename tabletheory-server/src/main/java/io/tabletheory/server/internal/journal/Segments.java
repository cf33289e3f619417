package io.tabletheory.server.internal.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The journal's files in a data directory: {@code journal-<number>.log}, numbered from 1 in the order they were
 * written (the number is zero-padded to 10 digits, so name order is number order). Each starts with a header naming
 * the format ({@link #HEADER}) and then holds frames: a 4-byte big-endian payload length (at least 1), the payload's
 * 4-byte CRC-32, and the payload, one {@link RecordCodec} record.
 */
public final class Segments {
    /** The first bytes of every journal file. */
    static final byte[] HEADER = "tabletheory-journal 1\n".getBytes(StandardCharsets.US_ASCII);

    /** The length of {@link #HEADER}. */
    public static final int HEADER_LENGTH = HEADER.length;

    /** The bytes before each frame's payload: its length and its checksum. */
    static final int FRAME_OVERHEAD = 8;

    private static final Pattern NAME = Pattern.compile("journal-(\\d{10})\\.log");

    private Segments() {}

    /** The file of segment {@code number} in {@code directory}. */
    public static Path path(Path directory, long number) {
        return directory.resolve(String.format(Locale.ROOT, "journal-%010d.log", number));
    }

    /** The segment number a file name holds, if it is a journal file's name. */
    static Optional<Long> number(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /**
     * The journal files of {@code directory} by number.
     *
     * @throws UncheckedIOException when the directory cannot be listed
     */
    public static TreeMap<Long, Path> list(Path directory) {
        TreeMap<Long, Path> segments = new TreeMap<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.forEach(file -> number(file).ifPresent(number -> segments.put(number, file)));
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot list the data directory " + directory + ": " + failure, failure);
        }
        return segments;
    }
}
