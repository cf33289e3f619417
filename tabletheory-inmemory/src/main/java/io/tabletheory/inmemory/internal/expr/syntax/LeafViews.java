package io.tabletheory.inmemory.internal.expr.syntax;

/**
 * Typed views of the leaves of condition and update trees: the document path of a path operand and the token of an
 * expression attribute value, or null when the node is of another kind. Each is a full visitor of its family, so a
 * new kind of node is a compile error here until it says what it is; stateless and shared.
 */
public final class LeafViews {
    private static final Operand.Visitor<DocumentPath> OPERAND_PATH = new Operand.Visitor<>() {
        @Override
        public DocumentPath visitPath(Operand.Path operand) {
            return operand.path();
        }

        @Override
        public DocumentPath visitValue(Operand.Value operand) {
            return null;
        }

        @Override
        public DocumentPath visitSize(Operand.Size operand) {
            return null;
        }
    };

    private static final Operand.Visitor<String> OPERAND_TOKEN = new Operand.Visitor<>() {
        @Override
        public String visitPath(Operand.Path operand) {
            return null;
        }

        @Override
        public String visitValue(Operand.Value operand) {
            return operand.token();
        }

        @Override
        public String visitSize(Operand.Size operand) {
            return null;
        }
    };

    private static final UpdateValue.Visitor<String> UPDATE_VALUE_TOKEN = new UpdateValue.Visitor<>() {
        @Override
        public String visitPath(UpdateValue.Path value) {
            return null;
        }

        @Override
        public String visitValue(UpdateValue.Value value) {
            return value.token();
        }

        @Override
        public String visitIfNotExists(UpdateValue.IfNotExists value) {
            return null;
        }

        @Override
        public String visitListAppend(UpdateValue.ListAppend value) {
            return null;
        }

        @Override
        public String visitPlus(UpdateValue.Plus value) {
            return null;
        }

        @Override
        public String visitMinus(UpdateValue.Minus value) {
            return null;
        }
    };

    private LeafViews() {}

    /** The path of a path operand; null for another operand. */
    public static DocumentPath path(Operand operand) {
        return operand.accept(OPERAND_PATH);
    }

    /** The {@code :name} token of a value operand; null for another operand. */
    public static String valueToken(Operand operand) {
        return operand.accept(OPERAND_TOKEN);
    }

    /** The {@code :name} token of a value in a SET action; null for another kind of value. */
    public static String valueToken(UpdateValue value) {
        return value.accept(UPDATE_VALUE_TOKEN);
    }
}
