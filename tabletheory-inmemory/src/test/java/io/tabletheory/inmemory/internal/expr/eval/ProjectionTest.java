package io.tabletheory.inmemory.internal.expr.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.parse.ProjectionParser;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectionTest {
    private static final AttributeValue E0 = AttributeValue.ofString("e0");
    private static final AttributeValue E1 =
            AttributeValue.ofMap(Map.of("c", AttributeValue.ofNumber(1), "d", AttributeValue.ofNumber(2)));
    private static final AttributeValue E2 = AttributeValue.ofString("e2");
    private static final Map<String, AttributeValue> ITEM = Map.of(
            "pk", AttributeValue.ofString("p"),
            "a",
                    AttributeValue.ofMap(
                            Map.of("b", AttributeValue.ofList(List.of(E0, E1, E2)), "x", AttributeValue.ofNumber(5))),
            "top", AttributeValue.ofString("t"));

    private static Map<String, AttributeValue> project(String expression, Map<String, String> names) {
        ParsedProjection parsed = ProjectionParser.parse(expression);
        List<ResolvedPath> paths = new ArrayList<>();
        parsed.paths().forEach(path -> paths.add(ResolvedPath.of(path, names)));
        Projector.check(paths, ExpressionKind.PROJECTION);
        return Projector.project(ITEM, paths);
    }

    @Test
    void topLevelNames_selectAttributes() {
        assertThat(project("pk, #t, gone", Map.of("#t", "top")))
                .isEqualTo(Map.of("pk", AttributeValue.ofString("p"), "top", AttributeValue.ofString("t")));
    }

    @Test
    void nestedPaths_keepTheirHierarchy() {
        assertThat(project("a.b[1].c", Map.of()))
                .isEqualTo(Map.of(
                        "a",
                        AttributeValue.ofMap(Map.of(
                                "b",
                                AttributeValue.ofList(
                                        List.of(AttributeValue.ofMap(Map.of("c", AttributeValue.ofNumber(1)))))))));
    }

    @Test
    void listElements_keepIndexOrderAndSkipMissingOnes() {
        assertThat(project("a.b[2], a.b[0], a.b[9]", Map.of()))
                .isEqualTo(Map.of("a", AttributeValue.ofMap(Map.of("b", AttributeValue.ofList(List.of(E0, E2))))));
    }

    @Test
    void noMatchingPath_projectsEmptyItem() {
        assertThat(project("nope, a.zz, top.x", Map.of())).isEmpty();
    }

    @Test
    void overlappingPaths_areRejected() {
        assertThatThrownBy(() -> project("a, a.b", Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ProjectionExpression: Two document paths overlap with each other; must remove or"
                        + " rewrite one of these paths; path one: [a], path two: [a, b]");
        assertThatThrownBy(() -> project("a, #a", Map.of("#a", "a"))).hasMessageContaining("overlap");
    }

    @Test
    void conflictingPaths_areRejected() {
        assertThatThrownBy(() -> project("a.b, a[1]", Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ProjectionExpression: Two document paths conflict with each other; must remove or"
                        + " rewrite one of these paths; path one: [a, b], path two: [a, [1]]");
    }

    @Test
    void syntaxAndReservedWords_areRejected() {
        assertThatThrownBy(() -> ProjectionParser.parse("!!"))
                .hasMessage("Invalid ProjectionExpression: Syntax error; token: \"!\", near: \"!!\"");
        assertThatThrownBy(() -> ProjectionParser.parse("a, name"))
                .hasMessage(
                        "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name");
        assertThatThrownBy(() -> ProjectionParser.parse("a" + ".b".repeat(32)))
                .hasMessage(
                        "Invalid ProjectionExpression: The document path has too many nesting levels; nesting levels: 33");
    }
}
