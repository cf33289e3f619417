package io.tabletheory.docs.snippet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * README.md's code blocks equal the sources the build compiles and runs: every Java and XML block carries a
 * {@code <!-- snippet: name -->} marker, every marked block has a tagged source region (in this module's tests or in
 * the consumer project under src/it), every region of that name equals the block, and every tagged region is shown
 * in the README.
 */
class ReadmeSnippetsTest {
    private static final Set<String> CHECKED_LANGUAGES = Set.of("java", "xml");

    private static final List<MarkdownSnippet> README =
            MarkdownSnippets.parse(readLines(Path.of(System.getProperty("readme.path", "../README.md"))));
    private static final List<SourceRegion> SOURCES = SourceRegions.under(
            Arrays.stream(System.getProperty("snippet.roots", "src/test/java,src/it/readme-consumer")
                            .split(","))
                    .map(Path::of)
                    .toList());

    @Test
    void everyJavaAndXmlBlock_carriesASnippetMarker() {
        List<String> unmarked = README.stream()
                .filter(snippet -> CHECKED_LANGUAGES.contains(snippet.language()) && !snippet.named())
                .map(snippet -> "README.md line " + snippet.line() + ": a ```" + snippet.language()
                        + " block without a <!-- snippet: name --> marker on the line before it")
                .toList();

        assertThat(unmarked).isEmpty();
    }

    @Test
    void snippetNames_areUniqueInTheReadme() {
        List<String> repeated = README.stream()
                .filter(MarkdownSnippet::named)
                .collect(Collectors.groupingBy(MarkdownSnippet::name, Collectors.counting()))
                .entrySet()
                .stream()
                .filter(entry -> entry.getValue() > 1)
                .map(entry -> "README snippet '" + entry.getKey() + "' is named " + entry.getValue() + " times")
                .toList();

        assertThat(repeated).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyMarkedSnippet_equalsItsSources() {
        return README.stream()
                .filter(MarkdownSnippet::named)
                .map(snippet ->
                        DynamicTest.dynamicTest(snippet.name() + " (README.md line " + snippet.line() + ")", () -> {
                            List<SourceRegion> sources = sourcesOf(snippet);
                            List<String> differences = sources.stream()
                                    .flatMap(source -> SnippetComparison.difference(snippet, source).stream())
                                    .toList();
                            assertThat(differences).isEmpty();
                        }));
    }

    @Test
    void everyTaggedRegion_isShownInTheReadme() {
        Set<String> shown =
                README.stream().flatMap(snippet -> snippet.parts().stream()).collect(Collectors.toSet());
        List<String> unshown = SOURCES.stream()
                .filter(source -> !shown.contains(source.name()))
                .map(source -> source.location() + ": tag::" + source.name()
                        + "[] is no README snippet (mark a block <!-- snippet: " + source.name() + " -->)")
                .toList();

        assertThat(unshown).isEmpty();
    }

    /**
     * The sources a snippet must equal: every region of its name; for a snippet of several parts
     * ({@code <!-- snippet: first+second -->}, types that live in files of their own), the parts' regions joined by
     * a blank line, a part's first region with the other parts' first, and so on (several files may show a
     * snippet: each part is then tagged in each of them).
     */
    private static List<SourceRegion> sourcesOf(MarkdownSnippet snippet) {
        List<List<SourceRegion>> parts = snippet.parts().stream()
                .map(part -> SOURCES.stream()
                        .filter(source -> source.name().equals(part))
                        .toList())
                .toList();
        for (int index = 0; index < parts.size(); index++) {
            assertThat(parts.get(index))
                    .as(
                            "README snippet '%s' (README.md line %d) has no source: no tag::%s[] under %s",
                            snippet.name(),
                            snippet.line(),
                            snippet.parts().get(index),
                            System.getProperty("snippet.roots"))
                    .isNotEmpty();
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int copies = parts.get(0).size();
        assertThat(parts)
                .as("README snippet '%s': each of its parts must be tagged in the same files", snippet.name())
                .allSatisfy(part -> assertThat(part).hasSize(copies));
        return IntStream.range(0, copies)
                .mapToObj(copy -> SourceRegion.joined(
                        snippet.name(),
                        parts.stream().map(part -> part.get(copy)).toList()))
                .toList();
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
