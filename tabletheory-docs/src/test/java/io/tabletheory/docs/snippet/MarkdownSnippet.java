package io.tabletheory.docs.snippet;

import java.util.List;

/**
 * One fenced code block of a Markdown file: its language, the name its marker gives it (the line
 * {@code <!-- snippet: name -->} right before the fence; empty when it has none) and its lines, without the
 * fence's indentation. A name {@code first+second} shows two regions, joined by a blank line.
 *
 * @param name the marker's name, or {@code ""} for a block without a marker
 * @param language the fence's info string ({@code java}, {@code xml}, ...), {@code ""} when there is none
 * @param line the line number of the opening fence, from 1
 * @param lines the block's content
 */
public record MarkdownSnippet(String name, String language, int line, List<String> lines) {
    public MarkdownSnippet {
        lines = List.copyOf(lines);
    }

    /** The names of the source regions the block shows: its name, split at {@code +}. */
    public List<String> parts() {
        return List.of(name.split("\\+"));
    }

    /** Whether a marker names this block. */
    public boolean named() {
        return !name.isEmpty();
    }
}
