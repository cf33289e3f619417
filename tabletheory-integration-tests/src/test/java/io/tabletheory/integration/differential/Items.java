package io.tabletheory.integration.differential;

import io.tabletheory.api.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of keys and whole items of the differential schema. An item has its key, each non-key attribute with
 * even odds ({@code a} and {@code c} of any type, {@code b} a scalar, {@code m} a map, {@code l} a list), and each
 * index key attribute with even odds and always of its declared type.
 */
final class Items {
    private Items() {}

    /** A primary key from the small key space. */
    static Gen<Map<String, AttributeValue>> key() {
        return Generate.pick(Schema.PARTITIONS).zip(Generate.pick(Schema.SORTS), Schema::key);
    }

    /** A partition key value. */
    static Gen<AttributeValue> partition() {
        return Generate.pick(Schema.PARTITIONS).map(AttributeValue::ofString);
    }

    /** A whole valid item. */
    static Gen<Map<String, AttributeValue>> item() {
        return key().flatMap(key -> random -> {
            Map<String, AttributeValue> item = new LinkedHashMap<>(key);
            Gen<Boolean> coin = Generate.booleans();
            maybe(item, "a", Values.any(), coin, random);
            maybe(item, "b", Values.scalar(), coin, random);
            maybe(item, "c", Values.any(), coin, random);
            maybe(item, "m", Values.map(), coin, random);
            maybe(item, "l", Values.list(), coin, random);
            maybe(
                    item,
                    Schema.GSI_PK,
                    Generate.pick(Schema.GSI_PARTITIONS).map(AttributeValue::ofString),
                    coin,
                    random);
            maybe(item, Schema.GSI_SK, Generate.pick(Schema.GSI_SORTS).map(AttributeValue::ofNumber), coin, random);
            maybe(item, Schema.LSI_SK, Generate.pick(Schema.LSI_SORTS).map(AttributeValue::ofString), coin, random);
            return Collections.unmodifiableMap(item);
        });
    }

    private static void maybe(
            Map<String, AttributeValue> item,
            String name,
            Gen<AttributeValue> value,
            Gen<Boolean> coin,
            org.quicktheories.core.RandomnessSource random) {
        if (coin.generate(random)) {
            item.put(name, value.generate(random));
        }
    }
}
