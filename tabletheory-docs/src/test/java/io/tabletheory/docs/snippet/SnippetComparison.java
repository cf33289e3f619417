package io.tabletheory.docs.snippet;

import java.util.List;
import java.util.Optional;

/** Compares a README snippet with one of its sources, describing the first difference for a build failure. */
public final class SnippetComparison {
    private SnippetComparison() {}

    /**
     * The difference between a snippet and a source region, empty when their lines are equal: which snippet, where
     * each starts, the first line that differs (within the snippet and in the README) and both versions of it.
     */
    public static Optional<String> difference(MarkdownSnippet snippet, SourceRegion source) {
        List<String> readme = snippet.lines();
        List<String> code = source.lines();
        int common = Math.min(readme.size(), code.size());
        for (int index = 0; index < common; index++) {
            if (!readme.get(index).equals(code.get(index))) {
                return Optional.of(
                        describe(snippet, source, index, quoted(readme.get(index)), quoted(code.get(index))));
            }
        }
        if (readme.size() == code.size()) {
            return Optional.empty();
        }
        String readmeLine = readme.size() > common ? quoted(readme.get(common)) : "(the snippet ends)";
        String codeLine = code.size() > common ? quoted(code.get(common)) : "(the source ends)";
        return Optional.of(describe(snippet, source, common, readmeLine, codeLine));
    }

    private static String describe(
            MarkdownSnippet snippet, SourceRegion source, int index, String readmeLine, String codeLine) {
        return "README snippet '" + snippet.name() + "' differs from its source " + source.location()
                + " at line " + (index + 1) + " of the snippet (README.md line " + (snippet.line() + index + 1)
                + "):\n  README: " + readmeLine + "\n  source: " + codeLine;
    }

    private static String quoted(String line) {
        return "`" + line + "`";
    }
}
