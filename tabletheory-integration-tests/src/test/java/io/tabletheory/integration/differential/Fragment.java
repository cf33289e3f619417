package io.tabletheory.integration.differential;

/**
 * A piece of expression text that takes its {@code #name} and {@code :value} tokens from the request's {@link
 * Placeholders} when it is rendered. Generators produce fragments; a request is built by rendering them in order.
 */
@FunctionalInterface
interface Fragment {
    /** The expression text, registering its placeholders in {@code placeholders}. */
    String render(Placeholders placeholders);

    /** Verbatim text that uses no placeholders (or deliberately refers to undefined ones). */
    static Fragment raw(String text) {
        return placeholders -> text;
    }
}
