package io.tabletheory.engine.internal.read;

import io.tabletheory.Page;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The terminal shapes of one planned read (one page, all items, a lazy stream, the first item, a count), whichever
 * operation runs it: {@link ItemReader} for a GetItem, {@link PageReader} for a Query or Scan.
 */
interface Reader<T> {
    /** One page, starting at the cursor. */
    Page<T> page();

    /** Every item from the cursor on; at most {@code limit} items when a limit is set. */
    List<T> all();

    /** Every item, read lazily. */
    Stream<T> stream();

    /** The first item, reading as little as it takes. */
    Optional<T> first();

    /** The number of matching items (the limit does not apply). */
    long count();
}
