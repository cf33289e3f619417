package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DynamoErrorsTest {

    @Test
    void normalise_dropsTheValidationEnvelopeExtraWhitespaceAndOneTrailingPeriod() {
        assertThat(DynamoErrors.normalise(
                        "1 validation error detected: Value provided in ExpressionAttributeNames unused in"
                                + " expressions:  keys: {#a}.\n"))
                .isEqualTo("Value provided in ExpressionAttributeNames unused in expressions: keys: {#a}");
    }

    @Test
    void normalise_keepsEverythingElse() {
        assertThat(DynamoErrors.normalise("Invalid ConditionExpression: The expression can not be empty;"))
                .isEqualTo("Invalid ConditionExpression: The expression can not be empty;");
        assertThat(DynamoErrors.normalise("2 validation errors detected: a; b.."))
                .isEqualTo("2 validation errors detected: a; b.");
    }
}
