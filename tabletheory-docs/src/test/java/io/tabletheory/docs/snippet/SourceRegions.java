package io.tabletheory.docs.snippet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the tagged regions of source files: {@code tag::name[]} opens a region and {@code end::name[]} closes it, on
 * lines of their own (in a {@code //} or {@code <!-- -->} comment); a name may be opened again further down, and
 * its regions are joined, so that lines a snippet needs but the README leaves out can sit between them.
 */
public final class SourceRegions {
    private static final Pattern MARKER =
            Pattern.compile("^\\s*(?://|<!--)\\s*(tag|end)::([\\w.-]+)\\[\\]\\s*(?:-->)?\\s*$");

    private SourceRegions() {}

    /** The regions of every {@code .java} and {@code .xml} file under the roots, in file order. */
    public static List<SourceRegion> under(List<Path> roots) {
        List<SourceRegion> regions = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")
                                || file.toString().endsWith(".xml"))
                        .sorted()
                        .forEach(file -> regions.addAll(of(file, read(file))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(regions);
    }

    /** The regions of one file's lines; a tag left open, or an end without its tag, is an error naming the line. */
    public static List<SourceRegion> of(Path file, List<String> lines) {
        Map<String, List<String>> regionLines = new LinkedHashMap<>();
        Map<String, Integer> firstLines = new LinkedHashMap<>();
        Map<String, Integer> open = new LinkedHashMap<>();
        for (int index = 0; index < lines.size(); index++) {
            Matcher marker = MARKER.matcher(lines.get(index));
            if (marker.matches()) {
                String name = marker.group(2);
                if (marker.group(1).equals("tag")) {
                    if (open.putIfAbsent(name, index + 1) != null) {
                        throw new IllegalArgumentException(file + ":" + (index + 1) + ": tag::" + name
                                + "[] is already open (since line " + open.get(name) + ")");
                    }
                    firstLines.putIfAbsent(name, index + 1);
                    regionLines.computeIfAbsent(name, n -> new ArrayList<>());
                } else if (open.remove(name) == null) {
                    throw new IllegalArgumentException(
                            file + ":" + (index + 1) + ": end::" + name + "[] without a tag::" + name + "[] before it");
                }
                continue;
            }
            for (String name : open.keySet()) {
                regionLines.get(name).add(lines.get(index));
            }
        }
        if (!open.isEmpty()) {
            Map.Entry<String, Integer> unclosed = open.entrySet().iterator().next();
            throw new IllegalArgumentException(file + ":" + unclosed.getValue() + ": tag::" + unclosed.getKey()
                    + "[] is never closed by end::" + unclosed.getKey() + "[]");
        }
        return regionLines.entrySet().stream()
                .map(region -> new SourceRegion(
                        region.getKey(),
                        file,
                        firstLines.get(region.getKey()),
                        SnippetText.normalized(region.getValue())))
                .toList();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
