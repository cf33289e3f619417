package io.tabletheory.inmemory.reference;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One generated sequence: the tables to create and the steps to run on both sides. */
record Scenario(List<TableSpec> tables, List<Step> steps) {
    private static final Pattern RUN = Pattern.compile("(.)\\1{24,}");

    /** A step, and whether its expressions are rendered with as few parentheses as precedence allows. */
    record Step(Op op, boolean tight) {
        @Override
        public String toString() {
            return (tight ? "tight " : "") + shorten(op.toString());
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("tables ").append(tables);
        for (int i = 0; i < steps.size(); i++) {
            text.append("\n  ").append(i).append(": ").append(steps.get(i));
        }
        return text.toString();
    }

    /** Replaces long runs of one character (the large strings) with {@code <c*N>}. */
    static String shorten(String text) {
        Matcher run = RUN.matcher(text);
        StringBuilder shortened = new StringBuilder();
        while (run.find()) {
            run.appendReplacement(
                    shortened,
                    Matcher.quoteReplacement(
                            "<" + run.group(1) + "*" + run.group().length() + ">"));
        }
        run.appendTail(shortened);
        return shortened.length() > 4000 ? shortened.substring(0, 4000) + "..." : shortened.toString();
    }
}
