package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.api.value.DynamoNumbers;
import java.math.BigDecimal;

/**
 * The number arithmetic of update expressions ({@code SET a = b + c}, {@code ADD a :n}): exact decimal sums, then
 * DynamoDB's range and precision rules via {@link DynamoNumbers#canonical(BigDecimal)}. A result that is in range but
 * needs more than 38 significant digits (1e50 + 1) is reported, as AWS reports it, with the overflow message
 * (research §1.1, Alternator's test_update_expression_plus_imprecise); DynamoDB Local words it differently.
 */
final class NumberArithmetic {
    static final String OVERFLOW =
            "Number overflow. Attempting to store a number with magnitude larger than supported range";

    private NumberArithmetic() {}

    static AttributeValue.NumberValue add(AttributeValue.NumberValue left, AttributeValue.NumberValue right) {
        return result(left.bigDecimalValue().add(right.bigDecimalValue()));
    }

    static AttributeValue.NumberValue subtract(AttributeValue.NumberValue left, AttributeValue.NumberValue right) {
        return result(left.bigDecimalValue().subtract(right.bigDecimalValue()));
    }

    private static AttributeValue.NumberValue result(BigDecimal exact) {
        if (exact.signum() != 0) {
            BigDecimal stripped = exact.stripTrailingZeros();
            long leadingExponent = (long) stripped.precision() - stripped.scale() - 1;
            boolean inRange =
                    leadingExponent >= DynamoNumbers.MIN_EXPONENT && leadingExponent <= DynamoNumbers.MAX_EXPONENT;
            if (inRange && stripped.precision() > DynamoNumbers.MAX_SIGNIFICANT_DIGITS) {
                throw new ValidationException(OVERFLOW);
            }
        }
        return AttributeValue.ofNumber(DynamoNumbers.canonical(exact));
    }
}
