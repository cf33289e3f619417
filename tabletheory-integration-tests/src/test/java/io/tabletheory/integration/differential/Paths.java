package io.tabletheory.integration.differential;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of document paths over the differential schema's attributes. */
final class Paths {
    private static final List<List<Object>> NESTED = List.of(
            List.of("m", "x"),
            List.of("m", "y"),
            List.of("m", "x", "z"),
            List.of("l", 0),
            List.of("l", 1),
            List.of("l", 0, "x"),
            List.of("m", "y", 0),
            List.of("a", "x"),
            List.of("a", 0));

    private static final List<String> INDEX_KEYS = List.of(Schema.GSI_PK, Schema.GSI_SK, Schema.LSI_SK);

    private Paths() {}

    /** A top-level non-key attribute. */
    static Gen<Path> plain() {
        return Generate.pick(Schema.PLAIN_ATTRIBUTES)
                .zip(Generate.booleans(), (name, aliased) -> new Path(List.of(name), aliased));
    }

    /** A nested path below a non-key attribute. */
    static Gen<Path> nested() {
        return Generate.pick(NESTED).zip(Generate.booleans(), Path::new);
    }

    /** An attribute a condition or projection may name: mostly plain, sometimes nested, an index key or a key. */
    static Gen<Path> readable() {
        return Generate.frequency(
                Pair.of(6, plain()),
                Pair.of(3, nested()),
                Pair.of(2, Generate.pick(INDEX_KEYS).map(Path::of)),
                Pair.of(1, Generate.pick(List.of(Schema.PK, Schema.SK)).map(Path::of)));
    }
}
