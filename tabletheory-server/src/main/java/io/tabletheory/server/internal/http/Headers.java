package io.tabletheory.server.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The headers of one request or response of {@link BlockingHttpServer}, in the order they came or were set; names
 * compare without regard to case. A request has a dozen headers at most, so a list searched in order beats a map.
 */
public final class Headers {
    private final List<String> namesAndValues = new ArrayList<>(16);

    Headers() {}

    /** The first value of the header {@code name}, or null when there is none. */
    public String getFirst(String name) {
        for (int index = 0; index < namesAndValues.size(); index += 2) {
            if (namesAndValues.get(index).equalsIgnoreCase(name)) {
                return namesAndValues.get(index + 1);
            }
        }
        return null;
    }

    /** The first value of the header {@code name}, if any. */
    public Optional<String> first(String name) {
        return Optional.ofNullable(getFirst(name));
    }

    /** Replaces every value of the header {@code name} with {@code value}. */
    public void set(String name, String value) {
        remove(name);
        add(name, value);
    }

    /** Adds a value of the header {@code name}, after those it has. */
    public void add(String name, String value) {
        namesAndValues.add(name);
        namesAndValues.add(value);
    }

    /** How many values of the header {@code name} there are. */
    int count(String name) {
        int count = 0;
        for (int index = 0; index < namesAndValues.size(); index += 2) {
            if (namesAndValues.get(index).equalsIgnoreCase(name)) {
                count++;
            }
        }
        return count;
    }

    /** How many header lines there are. */
    int size() {
        return namesAndValues.size() / 2;
    }

    private void remove(String name) {
        if (namesAndValues.isEmpty()) {
            return;
        }
        for (int index = namesAndValues.size() - 2; index >= 0; index -= 2) {
            if (namesAndValues.get(index).equalsIgnoreCase(name)) {
                namesAndValues.remove(index + 1);
                namesAndValues.remove(index);
            }
        }
    }

    /** Appends every header as {@code name: value\r\n} to {@code head}. */
    void appendTo(StringBuilder head) {
        for (int index = 0; index < namesAndValues.size(); index += 2) {
            head.append(namesAndValues.get(index))
                    .append(": ")
                    .append(namesAndValues.get(index + 1))
                    .append("\r\n");
        }
    }
}
