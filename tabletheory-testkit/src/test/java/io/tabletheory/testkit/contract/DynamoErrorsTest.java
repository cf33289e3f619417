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

    @Test
    void knownDivergence_excusesOnlyItsRecordedLocalText() {
        assertThat(KnownDivergences.excusing("Table already exists: tt-x", "Cannot create preexisting table"))
                .isPresent();
        assertThat(KnownDivergences.excusing("Table already exists: tt-x", "Some other text"))
                .isEmpty();
        assertThat(KnownDivergences.excusing("The conditional request failed", "Cannot create preexisting table"))
                .isEmpty();
    }

    @Test
    void everyDivergence_citesTheResearch() {
        assertThat(KnownDivergences.DYNAMODB_LOCAL)
                .allSatisfy(divergence -> assertThat(divergence.reason()).contains("research §"));
        assertThat(KnownDivergences.DYNAMODB_LOCAL_BEHAVIOURS)
                .allSatisfy(behaviour -> assertThat(behaviour.reason()).contains("research §"));
    }

    @Test
    void recordedBehaviours_areShownOnlyByDynamoDbLocal() {
        KnownDivergences.Behaviour behaviour = KnownDivergences.UPDATED_VALUES_OF_NESTED_PATHS;

        assertThat(KnownDivergences.shows(Backend.DYNAMODB_LOCAL, behaviour)).isTrue();
        assertThat(KnownDivergences.shows(Backend.IN_MEMORY, behaviour)).isFalse();
        assertThat(KnownDivergences.shows(Backend.TABLETHEORY_SERVER, behaviour))
                .isFalse();
        assertThat(KnownDivergences.shows(Backend.DYNAMODB, behaviour)).isFalse();
    }

    @Test
    void updateOperandTypeSuffix_isExcusedOnlyAsLocalsWording() {
        String aws = "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD,"
                + " operand type: STRING";

        assertThat(KnownDivergences.excusing(aws, aws + ", typeSet: ALLOWED_FOR_ADD_OPERAND"))
                .isPresent();
        assertThat(KnownDivergences.excusing(aws, "An operand in the update expression has an incorrect data type"))
                .isEmpty();
    }
}
