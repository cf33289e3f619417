package io.tabletheory.docs.snippet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker itself: that it finds markers and regions, and that a difference fails with a useful message. */
class SnippetCheckTest {
    private static final Path FILE = Path.of("Example.java");

    @Test
    void markdown_givesEachFenceItsMarkerLanguageAndLines_withoutTheFencesIndentation() {
        List<MarkdownSnippet> snippets = MarkdownSnippets.parse(List.of(
                "text",
                "<!-- snippet: first -->",
                "```java",
                "int a = 1;",
                "```",
                "- a list item:",
                "  ```bash",
                "  echo hi",
                "    indented",
                "  ```"));

        assertThat(snippets)
                .containsExactly(
                        new MarkdownSnippet("first", "java", 3, List.of("int a = 1;")),
                        new MarkdownSnippet("", "bash", 7, List.of("echo hi", "  indented")));
    }

    @Test
    void markdown_anUnclosedFence_isRefusedNamingItsLine() {
        assertThatThrownBy(() -> MarkdownSnippets.parse(List.of("", "```java", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the code block opened at line 2 is never closed");
    }

    @Test
    void regions_joinRepeatedTags_dropMarkers_andRemoveTheCommonIndentation() {
        List<SourceRegion> regions = SourceRegions.of(
                FILE,
                List.of(
                        "class Example {",
                        "    // tag::shown[]",
                        "    void shown() {",
                        "        // tag::inner[]",
                        "        run();",
                        "        // end::inner[]",
                        "        // end::shown[]",
                        "        hidden();",
                        "        // tag::shown[]",
                        "    }",
                        "    // end::shown[]",
                        "    <!-- tag::xml[] -->",
                        "    <a/>",
                        "    <!-- end::xml[] -->",
                        "}"));

        assertThat(regions)
                .containsExactly(
                        new SourceRegion("shown", FILE, 2, List.of("void shown() {", "    run();", "}")),
                        new SourceRegion("inner", FILE, 4, List.of("run();")),
                        new SourceRegion("xml", FILE, 12, List.of("<a/>")));
    }

    @Test
    void regions_aTagNeverClosed_isRefusedNamingFileAndLine() {
        assertThatThrownBy(() -> SourceRegions.of(FILE, List.of("// tag::open[]", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Example.java:1: tag::open[] is never closed by end::open[]");
    }

    @Test
    void regions_anEndWithoutItsTag_isRefusedNamingFileAndLine() {
        assertThatThrownBy(() -> SourceRegions.of(FILE, List.of("x", "// end::stray[]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Example.java:2: end::stray[] without a tag::stray[] before it");
    }

    @Test
    void comparison_equalLines_haveNoDifference() {
        MarkdownSnippet snippet = new MarkdownSnippet("s", "java", 10, List.of("a();", "b();"));

        assertThat(SnippetComparison.difference(snippet, new SourceRegion("s", FILE, 3, List.of("a();", "b();"))))
                .isEmpty();
    }

    @Test
    void comparison_namesTheSnippetAndTheFirstDifferingLine() {
        MarkdownSnippet snippet = new MarkdownSnippet("s", "java", 10, List.of("a();", "b();", "c();"));
        SourceRegion source = new SourceRegion("s", FILE, 3, List.of("a();", "B();", "c();"));

        assertThat(SnippetComparison.difference(snippet, source))
                .contains("README snippet 's' differs from its source Example.java:3 at line 2 of the snippet"
                        + " (README.md line 12):\n  README: `b();`\n  source: `B();`");
    }

    @Test
    void comparison_aSnippetLongerThanItsSource_saysWhereTheSourceEnds() {
        MarkdownSnippet snippet = new MarkdownSnippet("s", "java", 10, List.of("a();", "b();"));
        SourceRegion source = new SourceRegion("s", FILE, 3, List.of("a();"));

        assertThat(SnippetComparison.difference(snippet, source))
                .contains("README snippet 's' differs from its source Example.java:3 at line 2 of the snippet"
                        + " (README.md line 12):\n  README: `b();`\n  source: (the source ends)");
    }

    @Test
    void aSnippetOfSeveralParts_equalsTheirRegionsJoinedByABlankLine() {
        MarkdownSnippet snippet =
                new MarkdownSnippet("note+handler", "java", 10, List.of("record Note() {}", "", "class Handler {}"));
        SourceRegion joined = SourceRegion.joined(
                snippet.name(),
                List.of(
                        new SourceRegion("note", Path.of("Note.java"), 5, List.of("record Note() {}")),
                        new SourceRegion("handler", Path.of("Handler.java"), 7, List.of("class Handler {}"))));

        assertThat(snippet.parts()).containsExactly("note", "handler");
        assertThat(SnippetComparison.difference(snippet, joined)).isEmpty();
        assertThat(joined.location()).isEqualTo("Note.java:5");
    }
}
