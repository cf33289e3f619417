package io.tabletheory.docs.snippet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one source file tagged with a name ({@code // tag::name[]} to {@code // end::name[]}, or the same in
 * an XML comment), several regions of one name joined in order, without their common indentation.
 *
 * @param name the tag's name
 * @param file the source file
 * @param line the line number of the first {@code tag::} line, from 1
 * @param lines the tagged lines, marker lines left out
 */
public record SourceRegion(String name, Path file, int line, List<String> lines) {
    public SourceRegion {
        lines = List.copyOf(lines);
    }

    /** Regions of several files shown as one snippet: their lines in order, a blank line between two. */
    public static SourceRegion joined(String name, List<SourceRegion> parts) {
        List<String> lines = new ArrayList<>();
        for (SourceRegion part : parts) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(part.lines());
        }
        return new SourceRegion(name, parts.get(0).file(), parts.get(0).line(), lines);
    }

    /** Where the region starts, as {@code File.java:12}. */
    public String location() {
        return file.getFileName() + ":" + line;
    }
}
