package io.tabletheory.docs.snippet;

import java.util.List;

/** The normal form snippets are compared in: trailing spaces dropped, common indentation removed. */
final class SnippetText {
    private SnippetText() {}

    static List<String> normalized(List<String> lines) {
        List<String> stripped = lines.stream().map(String::stripTrailing).toList();
        int indentation = stripped.stream()
                .filter(line -> !line.isEmpty())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return stripped.stream()
                .map(line -> line.isEmpty() ? line : line.substring(indentation))
                .toList();
    }
}
