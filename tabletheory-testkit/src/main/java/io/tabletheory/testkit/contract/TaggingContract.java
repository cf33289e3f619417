package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.tabletheory.api.error.BackendException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TagResource, UntagResource and ListTagsOfResource, and CreateTable's tags: tables are addressed by the ARN their
 * description reports; a key added again replaces its value; an untagged key that is absent is ignored; a
 * malformed ARN, an ARN of another account and an ARN naming no table are refused as DynamoDB refuses them.
 */
public abstract class TaggingContract extends PortContract {

    private String arn(String table) {
        return store().describeTable(table).tableArn().orElseThrow();
    }

    @Test
    void tagResource_addsTags_andAKeyAddedAgainReplacesItsValue() {
        String table = createHashTable("tags-add");
        String arn = arn(table);

        store().tagResource(arn, List.of(new Tag("env", "test"), new Tag("project", "conformity")));
        store().tagResource(arn, List.of(new Tag("env", "production"), new Tag("team", "")));

        assertThat(store().listTagsOfResource(arn))
                .containsExactlyInAnyOrder(
                        new Tag("env", "production"), new Tag("project", "conformity"), new Tag("team", ""));
    }

    @Test
    void untagResource_removesTheKeysGiven_andIgnoresAbsentOnes() {
        String table = createHashTable("tags-remove");
        String arn = arn(table);
        store().tagResource(arn, List.of(new Tag("env", "test"), new Tag("team", "platform")));

        store().untagResource(arn, List.of("team", "absent"));

        assertThat(store().listTagsOfResource(arn)).containsExactly(new Tag("env", "test"));
    }

    @Test
    void createTable_withTags_listsThem() {
        String table = uniqueTableName("tags-create");
        store().createTable(CreateTableRequest.builder(table)
                .partitionKey(PK, ScalarAttributeType.S)
                .tag("owner", "billing")
                .build());
        awaitActive(table);

        assertThat(store().listTagsOfResource(arn(table))).containsExactly(new Tag("owner", "billing"));
    }

    @Test
    void listTagsOfResource_ofANewTable_isEmpty() {
        String table = createHashTable("tags-none");

        assertThat(store().listTagsOfResource(arn(table))).isEmpty();
    }

    @Test
    void tagResource_withAMalformedArn_failsWithValidation() {
        assertValidationError(
                () -> store().tagResource("not-a-valid-arn", List.of(new Tag("env", "test"))),
                "Invalid TableArn: Invalid ResourceArn provided as input not-a-valid-arn");
    }

    @Test
    void tagResource_withoutTags_failsWithValidation() {
        String table = createHashTable("tags-empty");

        assertValidationError(
                () -> store().tagResource(arn(table), List.of()), "Atleast one Tag needs to be provided as Input.");
    }

    @Test
    void tagResource_withAKeyLongerThan128Characters_failsWithTheConstraintViolation() {
        String table = createHashTable("tags-long");
        String key = "k".repeat(129);

        assertValidationError(
                () -> store().tagResource(arn(table), List.of(new Tag(key, "v"))),
                "1 validation error detected: Value '" + key + "' at 'tags.1.member.key' failed to satisfy"
                        + " constraint: Member must have length less than or equal to 128");
    }

    @Test
    void listTagsOfResource_ofAnotherAccount_isAccessDenied() {
        Throwable thrown = catchThrowable(() ->
                store().listTagsOfResource("arn:aws:dynamodb:us-east-1:000000000000:table/nonexistent_table_xyz"));

        assertThat(thrown).isExactlyInstanceOf(BackendException.class);
        assertThat(((BackendException) thrown).errorCode()).isEqualTo("AccessDeniedException");
    }

    @Test
    void listTagsOfResource_ofAMissingTable_failsWithResourceNotFound() {
        String table = createHashTable("tags-gone");
        String arn = arn(table);
        store().deleteTable(table);
        awaitDeleted(table);

        assertError(
                ResourceNotFoundException.class,
                () -> store().listTagsOfResource(arn),
                "Requested resource not found: ResourcArn: " + arn + " not found");
    }
}
