package io.tabletheory.inmemory.internal.stream;

import io.tabletheory.api.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A shard iterator as the emulator issues it: which stream and shard, the position to read after (a sequence
 * number), and when it was issued (it expires 15 minutes later). Its text is self-contained (URL-safe base64 of the
 * fields), so an iterator stays valid across a server restart for as long as its time allows.
 *
 * @param streamArn the stream's ARN, in the emulator's own form
 * @param shardId the shard
 * @param position the sequence number the next read starts after
 * @param issued when it was issued, by the emulator's clock
 */
record ShardIterator(String streamArn, String shardId, long position, Instant issued) {
    private static final String VERSION = "tt1";

    ShardIterator {
        Objects.requireNonNull(streamArn, "streamArn");
        Objects.requireNonNull(shardId, "shardId");
        Objects.requireNonNull(issued, "issued");
    }

    /** The iterator's text. */
    String encode() {
        String fields = String.join(
                "|", VERSION, streamArn, shardId, Long.toString(position), Long.toString(issued.toEpochMilli()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fields.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The iterator a text names.
     *
     * @throws ValidationException "Invalid ShardIterator" when the text is not one the emulator issued
     */
    static ShardIterator decode(String text) {
        try {
            String fields = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = fields.split("\\|", -1);
            if (parts.length != 5 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new ShardIterator(
                    parts[1], parts[2], Long.parseLong(parts[3]), Instant.ofEpochMilli(Long.parseLong(parts[4])));
        } catch (IllegalArgumentException malformed) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return new ValidationException("Invalid ShardIterator");
    }
}
