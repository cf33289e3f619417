package io.tabletheory.integration.differential;

import java.util.List;

/**
 * A document path of the differential schema ({@code a}, {@code m.x}, {@code l[1]}, {@code m.y[0]}) and whether its
 * names are written through {@code #name} placeholders.
 *
 * @param elements attribute and map-key names ({@code String}) and list indexes ({@code Integer}), top level first
 * @param aliased whether names are rendered as {@code #name} tokens
 */
record Path(List<Object> elements, boolean aliased) {
    public Path {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || !(elements.get(0) instanceof String)) {
            throw new IllegalArgumentException("a path starts with an attribute name: " + elements);
        }
    }

    /** The top-level attribute {@code name}, written bare. */
    static Path of(String name) {
        return new Path(List.of(name), false);
    }

    /** The top-level attribute this path starts at. */
    String attribute() {
        return (String) elements.get(0);
    }

    /** Whether the path goes below the top level. */
    boolean nested() {
        return elements.size() > 1;
    }

    /** Renders the path, registering names with {@code placeholders} when aliased. */
    Fragment fragment() {
        return placeholders -> {
            StringBuilder text = new StringBuilder();
            for (Object element : elements) {
                if (element instanceof Integer index) {
                    text.append('[').append(index).append(']');
                } else {
                    if (text.length() > 0) {
                        text.append('.');
                    }
                    String name = (String) element;
                    text.append(aliased ? placeholders.name(name) : name);
                }
            }
            return text.toString();
        };
    }
}
