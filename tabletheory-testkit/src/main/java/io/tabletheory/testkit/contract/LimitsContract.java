package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.UpdateItemRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB's size and nesting limits, each at the limit, just under it and just over it, and far over it: attribute
 * names of up to 65535 UTF-8 bytes, expressions of up to 4096 bytes, and parentheses and function calls nested
 * deeper than any expression DynamoDB accepts (refused with a ValidationException, never a failure of the backend).
 */
public abstract class LimitsContract extends PortContract {
    private static final String NAME_TOO_LARGE =
            "One or more parameter values were invalid: Attribute name is too large, must be less than 65536 bytes";
    private static final String TOO_DEEP = "The expression has too many nesting levels; nesting levels: 401";

    private String table;

    @BeforeEach
    void createTable() {
        table = createHashTable("limits");
        put(table, item(PK, s("k"), "num", n("1")));
    }

    /**
     * Names are checked by a condition on the stored item rather than read back: the AWS SDK for Java v2 cannot read
     * a response holding a name of more than 50,000 characters (its JSON parser's limit), from DynamoDB or any other
     * endpoint.
     */
    @Test
    void attributeNames_upTo65535Bytes_areStored_andLongerOnesRefused() {
        for (int length : new int[] {65_534, 65_535}) {
            String name = "a".repeat(length);
            put(table, item(PK, s("n" + length), name, s("v")));
            assertThat(storedUnder(name, "v")).isTrue();
            assertThat(storedUnder(name, "x")).isFalse();
        }
        assertValidationError(() -> put(table, item(PK, s("over"), "a".repeat(65_536), s("v"))), NAME_TOO_LARGE);
        assertValidationError(() -> put(table, item(PK, s("far"), "a".repeat(1_000_000), s("v"))), NAME_TOO_LARGE);
    }

    @Test
    void attributeNameLimit_countsUtf8Bytes() {
        String threeByteCharacter = "\u20ac";
        put(table, item(PK, s("euro"), threeByteCharacter.repeat(21_845), s("v")));

        assertValidationError(
                () -> put(table, item(PK, s("euro"), threeByteCharacter.repeat(21_845) + "a", s("v"))), NAME_TOO_LARGE);
    }

    @Test
    void expressions_upTo4096Bytes_areParsed_andLongerOnesRefused() {
        String condition = "num = :v";
        conditionalPut(condition + " ".repeat(4095 - condition.length()));
        conditionalPut(condition + " ".repeat(4096 - condition.length()));

        assertRefused(
                condition + " ".repeat(4097 - condition.length()),
                "Expression size has exceeded the maximum allowed size; expression size: 4097");
    }

    @Test
    void parenthesesNestedAtTheLimit_areParsed_andDeeperOnesRefused() {
        StringBuilder legal = new StringBuilder();
        for (int level = 0; level < 299; level++) {
            legal.append("NOT (");
        }
        legal.append("num <> :v").append(")".repeat(299));
        conditionalPut(legal.toString());

        assertRefused(nested(399), "The expression has redundant parentheses;");
        assertRefused(nested(400), "The expression has redundant parentheses;");
        assertRefused(nested(401), TOO_DEEP);
        assertRefused(nested(2000), TOO_DEEP);
        assertRefused("(".repeat(1500) + "num) = :v", TOO_DEEP);
    }

    @Test
    void functionCallsNestedAtTheLimit_areParsed_andDeeperOnesRefused() {
        assertUpdateRefused(400, "Invalid function name; function: f");
        assertUpdateRefused(401, TOO_DEEP);
        assertUpdateRefused(1300, TOO_DEEP);
    }

    private boolean storedUnder(String name, String value) {
        try {
            store().putItem(PutItemRequest.builder(table, item(PK, s("n" + name.length()), name, s(value)))
                    .conditionExpression("#name = :v")
                    .expressionAttributeNames(Map.of("#name", name))
                    .expressionAttributeValues(Map.of(":v", s(value)))
                    .build());
            return true;
        } catch (ConditionFailedException failed) {
            return false;
        }
    }

    private static String nested(int levels) {
        return "(".repeat(levels) + "num = :v" + ")".repeat(levels);
    }

    private void assertUpdateRefused(int levels, String problem) {
        assertValidationError(
                () -> store().updateItem(UpdateItemRequest.builder(table, item(PK, s("k")))
                        .updateExpression("SET a = " + "f(".repeat(levels) + ":v" + ")".repeat(levels))
                        .expressionAttributeValues(Map.of(":v", n("1")))
                        .build()),
                "Invalid UpdateExpression: " + problem);
    }

    private void assertRefused(String condition, String problem) {
        assertValidationError(() -> conditionalPut(condition), "Invalid ConditionExpression: " + problem);
    }

    private void conditionalPut(String condition) {
        store().putItem(PutItemRequest.builder(table, item(PK, s("k"), "num", n("1")))
                .conditionExpression(condition)
                .expressionAttributeValues(Map.of(":v", n("1")))
                .build());
    }
}
