package io.tabletheory.inmemory.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.RandomValues;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link PartitionHash} hashes the bytes it always hashed (FNV-1a over the type and the value's UTF-8, ASCII or raw
 * bytes), now without encoding the value into an array: the storage order of every key stays what it was.
 */
class PartitionHashPropertiesTest {

    @Test
    void hash_isFnvOverTheEncodedBytes() {
        qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
            RandomValues values = new RandomValues(seed);
            AttributeValue string = AttributeValue.ofString(values.nonEmptyString());
            AttributeValue number = values.number();
            AttributeValue binary = values.binary();
            assertThat(PartitionHash.of(string))
                    .isEqualTo(reference(
                            string,
                            ((AttributeValue.StringValue) string).value().getBytes(StandardCharsets.UTF_8)));
            assertThat(PartitionHash.of(number))
                    .isEqualTo(reference(
                            number,
                            ((AttributeValue.NumberValue) number).value().getBytes(StandardCharsets.US_ASCII)));
            assertThat(PartitionHash.of(binary))
                    .isEqualTo(reference(binary, ((AttributeValue.BinaryValue) binary).value()));
        });
    }

    /** The hash as it was computed before: FNV-1a over the type and the bytes, then the final avalanche. */
    private static int reference(AttributeValue value, byte[] bytes) {
        int hash = 0x811c9dc5;
        hash = (hash ^ value.type().ordinal()) * 0x01000193;
        for (byte b : bytes) {
            hash = (hash ^ (b & 0xff)) * 0x01000193;
        }
        hash ^= hash >>> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >>> 13;
        hash *= 0xc2b2ae35;
        hash ^= hash >>> 16;
        return hash;
    }
}
