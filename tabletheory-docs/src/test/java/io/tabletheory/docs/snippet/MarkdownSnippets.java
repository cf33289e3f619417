package io.tabletheory.docs.snippet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the fenced code blocks of a Markdown text, with the snippet marker on the line before each. */
public final class MarkdownSnippets {
    private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!-- snippet: ([\\w.+-]+) -->\\s*$");

    private MarkdownSnippets() {}

    /** Every fenced block of the text, in order; an unclosed fence is an {@link IllegalArgumentException}. */
    public static List<MarkdownSnippet> parse(List<String> markdown) {
        List<MarkdownSnippet> snippets = new ArrayList<>();
        int index = 0;
        while (index < markdown.size()) {
            Matcher open = FENCE.matcher(markdown.get(index));
            if (!open.matches()) {
                index++;
                continue;
            }
            String indentation = open.group(1);
            String name = index > 0 ? markerName(markdown.get(index - 1)) : "";
            int close = index + 1;
            List<String> lines = new ArrayList<>();
            while (close < markdown.size() && !markdown.get(close).strip().equals("```")) {
                lines.add(withoutIndentation(markdown.get(close), indentation));
                close++;
            }
            if (close == markdown.size()) {
                throw new IllegalArgumentException("the code block opened at line " + (index + 1) + " is never closed");
            }
            snippets.add(new MarkdownSnippet(name, open.group(2), index + 1, SnippetText.normalized(lines)));
            index = close + 1;
        }
        return List.copyOf(snippets);
    }

    private static String markerName(String line) {
        Matcher marker = MARKER.matcher(line);
        return marker.matches() ? marker.group(1) : "";
    }

    private static String withoutIndentation(String line, String indentation) {
        return line.startsWith(indentation) ? line.substring(indentation.length()) : line.stripLeading();
    }
}
