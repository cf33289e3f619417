package io.tabletheory.engine.internal.expression;

import io.tabletheory.api.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders condition trees into DynamoDB expression text for one request, allocating every placeholder centrally:
 * attribute names become {@code #n0, #n1, ...} (one per distinct name), values become {@code :v0, :v1, ...}.
 * Rendering is deterministic, so the same call always produces the same expression (which keeps a backend's parse
 * cache hot). One builder per request; not thread-safe.
 */
public final class ExpressionBuilder {
    private final Map<String, String> placeholderByName = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** The placeholder for an attribute name, allocating it on first use. */
    public String name(String attribute) {
        return placeholderByName.computeIfAbsent(attribute, name -> {
            String placeholder = "#n" + names.size();
            names.put(placeholder, name);
            return placeholder;
        });
    }

    /** A new placeholder for a value. */
    public String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    /** The condition in DynamoDB syntax. */
    public String render(Condition condition) {
        StringBuilder out = new StringBuilder();
        render(condition, out);
        return out.toString();
    }

    /** A projection expression naming these attributes: {@code #n0, #n1}. */
    public String projection(List<String> attributes) {
        StringBuilder out = new StringBuilder();
        String separator = "";
        for (String attribute : attributes) {
            out.append(separator).append(name(attribute));
            separator = ", ";
        }
        return out.toString();
    }

    /** The update in DynamoDB syntax: its SET, REMOVE, ADD and DELETE sections, always in that order. */
    public String render(Update update) {
        return UpdateRenderer.render(update, this);
    }

    /** The {@code ExpressionAttributeNames} of everything rendered so far. */
    public Map<String, String> names() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** The {@code ExpressionAttributeValues} of everything rendered so far. */
    public Map<String, AttributeValue> values() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private void render(Condition condition, StringBuilder out) {
        if (condition instanceof Condition.Comparison comparison) {
            out.append(name(comparison.attribute()))
                    .append(' ')
                    .append(comparison.operator().symbol())
                    .append(' ')
                    .append(value(comparison.value()));
        } else if (condition instanceof Condition.Between between) {
            out.append(name(between.attribute()))
                    .append(" BETWEEN ")
                    .append(value(between.low()))
                    .append(" AND ")
                    .append(value(between.high()));
        } else if (condition instanceof Condition.In in) {
            out.append(name(in.attribute())).append(" IN (");
            String separator = "";
            for (AttributeValue element : in.values()) {
                out.append(separator).append(value(element));
                separator = ", ";
            }
            out.append(')');
        } else if (condition instanceof Condition.BeginsWith beginsWith) {
            out.append("begins_with(")
                    .append(name(beginsWith.attribute()))
                    .append(", ")
                    .append(value(beginsWith.prefix()))
                    .append(')');
        } else if (condition instanceof Condition.Contains contains) {
            out.append("contains(")
                    .append(name(contains.attribute()))
                    .append(", ")
                    .append(value(contains.operand()))
                    .append(')');
        } else if (condition instanceof Condition.AttributeExists exists) {
            out.append("attribute_exists(").append(name(exists.attribute())).append(')');
        } else if (condition instanceof Condition.AttributeNotExists notExists) {
            out.append("attribute_not_exists(")
                    .append(name(notExists.attribute()))
                    .append(')');
        } else if (condition instanceof Condition.And and) {
            join(and.operands(), " AND ", out);
        } else if (condition instanceof Condition.Or or) {
            join(or.operands(), " OR ", out);
        } else if (condition instanceof Condition.Not not) {
            out.append("NOT ");
            operand(not.operand(), out);
        } else {
            throw new IllegalStateException("unknown condition " + condition);
        }
    }

    private void join(Iterable<Condition> operands, String operator, StringBuilder out) {
        String separator = "";
        for (Condition operand : operands) {
            out.append(separator);
            operand(operand, out);
            separator = operator;
        }
    }

    /** A compound operand is parenthesized once; a simple one never (DynamoDB rejects redundant parentheses). */
    private void operand(Condition operand, StringBuilder out) {
        boolean compound = operand instanceof Condition.And || operand instanceof Condition.Or;
        if (compound) {
            out.append('(');
        }
        render(operand, out);
        if (compound) {
            out.append(')');
        }
    }
}
