package io.tabletheory.engine.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.annotation.CreatedAt;
import io.tabletheory.annotation.IndexSortKey;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.SortKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.annotation.Ttl;
import io.tabletheory.annotation.Version;
import io.tabletheory.api.error.ModelException;
import io.tabletheory.engine.fixtures.Account;
import io.tabletheory.engine.fixtures.User;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaFactoryTest {
    private final SchemaFactory factory = new SchemaFactory(java.util.Map.of());

    record NoKey(String id) {}

    record TwoKeys(@PartitionKey String id, @PartitionKey String other) {}

    record Unmappable(@PartitionKey String id, Object anything) {}

    record StringVersion(@PartitionKey String id, @Version String version) {}

    record SetKey(@PartitionKey Set<String> ids) {}

    record RawList(@PartitionKey String id, @SuppressWarnings("rawtypes") List items) {}

    record WrongTimestamp(@PartitionKey String id, @CreatedAt String createdAt) {}

    record WrongTtl(@PartitionKey String id, @Ttl String expiresAt) {}

    record BothKeys(@PartitionKey @SortKey String id) {}

    record SortWithoutPartition(@PartitionKey String id, @IndexSortKey("by-date") String date) {}

    @Table("bad table!")
    record BadTableName(@PartitionKey String id) {}

    static class NoDefaultConstructor {
        @PartitionKey
        String id;

        NoDefaultConstructor(String id) {
            this.id = id;
        }
    }

    static class FinalField {
        @PartitionKey
        final String id = "x";
    }

    record Category(@PartitionKey String id) {}

    record Key(@PartitionKey String id) {}

    record Address(@PartitionKey String id) {}

    @Test
    void schema_ofTheDesignModel_findsKeysRolesAndIndexes() {
        ModelSchema<User> schema = factory.schema(User.class);

        assertThat(schema.tableName()).isEqualTo("users");
        assertThat(schema.partitionKey().attributeName()).isEqualTo("id");
        assertThat(schema.sortKey()).map(FieldMapping::attributeName).contains("sk");
        assertThat(schema.version()).map(FieldMapping::javaName).contains("version");
        assertThat(schema.createdAt()).map(FieldMapping::javaName).contains("createdAt");
        assertThat(schema.updatedAt()).map(FieldMapping::javaName).contains("updatedAt");
        assertThat(schema.ttl()).map(FieldMapping::javaName).contains("expiresAt");
        assertThat(schema.indexes()).singleElement().satisfies(index -> {
            assertThat(index.name()).isEqualTo("email-index");
            assertThat(index.global()).isTrue();
            assertThat(index.partitionKey().attributeName()).isEqualTo("email");
        });
    }

    @Test
    void schema_isBuiltOncePerClass() {
        assertThat(factory.schema(User.class)).isSameAs(factory.schema(User.class));
    }

    @Test
    void schema_ofABean_usesTheAttributeAnnotationAndThePluralClassName() {
        ModelSchema<Account> schema = factory.schema(Account.class);

        assertThat(schema.tableName()).isEqualTo("Accounts");
        assertThat(schema.partitionKey().attributeName()).isEqualTo("PK");
        assertThat(schema.mapping().isRecord()).isFalse();
    }

    @Test
    void defaultTableNames_followTheGoSdk() {
        assertThat(factory.schema(Category.class).tableName()).isEqualTo("Categories");
        assertThat(factory.schema(Address.class).tableName()).isEqualTo("Addresses");
        assertThat(factory.schema(Key.class).tableName()).isEqualTo("Keys");
    }

    @Test
    void aModelWithoutPartitionKey_isAModelErrorNamingTheClass() {
        assertThatThrownBy(() -> factory.schema(NoKey.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("SchemaFactoryTest$NoKey has no @PartitionKey field");
    }

    @Test
    void twoPartitionKeys_isAModelErrorNamingBothFields() {
        assertThatThrownBy(() -> factory.schema(TwoKeys.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("2 @PartitionKey fields (id, other)");
    }

    @Test
    void aFieldTypeWithoutMapping_isAModelErrorNamingTheField() {
        assertThatThrownBy(() -> factory.schema(Unmappable.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("Unmappable.anything: no mapping for type java.lang.Object");
    }

    @Test
    void aVersionThatIsNotAnInteger_isAModelErrorNamingTheField() {
        assertThatThrownBy(() -> factory.schema(StringVersion.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("StringVersion.version: @Version needs an integer type")
                .hasMessageContaining("found String");
    }

    @Test
    void aKeyThatIsNotScalar_isAModelError() {
        assertThatThrownBy(() -> factory.schema(SetKey.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("SetKey.ids: a @PartitionKey must map to a DynamoDB string, number or binary");
    }

    @Test
    void aRawCollection_isAModelErrorAskingForTheElementType() {
        assertThatThrownBy(() -> factory.schema(RawList.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("RawList.items: a raw List cannot be mapped");
    }

    @Test
    void lifecycleAndTtlFieldsOfTheWrongType_areModelErrors() {
        assertThatThrownBy(() -> factory.schema(WrongTimestamp.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("WrongTimestamp.createdAt: @CreatedAt needs java.time.Instant");
        assertThatThrownBy(() -> factory.schema(WrongTtl.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("WrongTtl.expiresAt: @Ttl needs long, Long or java.time.Instant");
    }

    @Test
    void oneFieldAsBothKeys_isAModelError() {
        assertThatThrownBy(() -> factory.schema(BothKeys.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("BothKeys.id cannot be both @PartitionKey and @SortKey");
    }

    @Test
    void anIndexSortKeyWithoutPartitionKey_isAModelError() {
        assertThatThrownBy(() -> factory.schema(SortWithoutPartition.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("global index 'by-date' has an @IndexSortKey (date) but no @IndexPartitionKey");
    }

    @Test
    void anInvalidTableName_isAModelError() {
        assertThatThrownBy(() -> factory.schema(BadTableName.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("table name 'bad table!' is invalid");
    }

    @Test
    void aBeanWithoutNoArgumentConstructor_isAModelError() {
        assertThatThrownBy(() -> factory.schema(NoDefaultConstructor.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("has no no-argument constructor");
    }

    @Test
    void aBeanWithAFinalField_isAModelError() {
        assertThatThrownBy(() -> factory.schema(FinalField.class))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("FinalField.id is final");
    }

    @Test
    void aModelInAPackageItsModuleDoesNotOpen_isRefusedNamingTheOpensLine() {
        // java.base does not open java.util.concurrent.atomic, as a user's module may not open its model package
        assertThatThrownBy(() -> factory.schema(java.util.concurrent.atomic.AtomicLong.class))
                .isInstanceOf(io.tabletheory.api.error.ModelException.class)
                .hasMessageContaining("module java.base does not open package java.util.concurrent.atomic")
                .hasMessageContaining("add \"opens java.util.concurrent.atomic")
                .hasCauseInstanceOf(java.lang.reflect.InaccessibleObjectException.class);
    }
}
