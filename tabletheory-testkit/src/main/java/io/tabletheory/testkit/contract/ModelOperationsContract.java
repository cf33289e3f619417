package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.Model;
import io.tabletheory.api.error.ItemNotFoundException;
import io.tabletheory.api.error.ModelException;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TimeToLiveStatus;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.testkit.contract.models.Document;
import io.tabletheory.testkit.contract.models.Member;
import io.tabletheory.testkit.contract.models.Profile;
import io.tabletheory.testkit.contract.models.Wallet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine end to end on a backend: tables created from models, creates (plain and conditional), reads by key,
 * deletes checked by version, and the stored encodings the other TableTheory SDKs expect. Runs unchanged on the
 * emulator in-process and through the AWS adapter over HTTP, and asserts DynamoDB's documented behaviour, so
 * "passes on the in-memory store" means "passes on DynamoDB".
 */
public abstract class ModelOperationsContract extends ModelTablesContract {
    private static final List<Class<?>> MODELS = List.of(Member.class, Wallet.class, Document.class, Profile.class);

    @Override
    protected List<Class<?>> models() {
        return MODELS;
    }

    @Test
    void createTable_fromAModel_hasItsKeysIndexesAndTimeToLive() {
        TableDescription description = store().describeTable("tt-contract-members");

        assertThat(description.partitionKey()).isEqualTo("id");
        assertThat(description.sortKey()).contains("sk");
        assertThat(description.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("email-index");
            assertThat(index.keySchema())
                    .extracting(element -> element.keyType())
                    .containsExactly(KeyType.HASH);
        });
        assertThat(store().describeTimeToLive("tt-contract-members").status()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(store().describeTimeToLive("tt-contract-members").attributeName())
                .contains("expiresAt");
    }

    @Test
    void create_thenFirst_readsTheItemBackWithVersionAndTimestamps() {
        Member created = db().model(Member.class)
                .create(new Member(
                        "m1",
                        "PROFILE",
                        "ada@example.com",
                        "ada",
                        Set.of("admin", "ops"),
                        9,
                        null,
                        null,
                        1_900_000_000L));

        Member read = db().model(Member.class)
                .where("id", "=", "m1")
                .where("sk", "=", "PROFILE")
                .first();

        assertThat(read).isEqualTo(created);
        assertThat(read.version()).isZero();
        assertThat(read.createdAt()).isEqualTo(NOW);
        assertThat(read.updatedAt()).isEqualTo(NOW);
        assertThat(read.tags()).containsExactlyInAnyOrder("admin", "ops");
    }

    @Test
    void create_storesTheCrossLanguageEncodings() {
        db().model(Member.class).create(Member.of("m1", "ada@example.com"));

        Map<String, AttributeValue> stored = rawItem("tt-contract-members", Map.of("id", s("m1"), "sk", s("PROFILE")));

        assertThat(stored)
                .containsEntry("version", n("0"))
                .containsEntry("createdAt", s("2026-11-24T07:08:21.12Z"))
                .containsEntry("updatedAt", s("2026-11-24T07:08:21.12Z"))
                .containsEntry("tags", AttributeValue.ofNull())
                .doesNotContainKey("nickname");
    }

    @Test
    void everyMappedType_roundTripsThroughTheBackend() {
        Document.Section leaf = new Document.Section("leaf", List.of(), new LinkedHashMap<>(Map.of("k", "v")));
        Document original = new Document(
                "d1",
                -7,
                Long.MIN_VALUE,
                0.1,
                2.5f,
                null,
                new BigDecimal("-12345678901234567890.12345678901234567"),
                new BigInteger("99999999999999999999999999999999999999"),
                true,
                new byte[] {0, (byte) 0x80, (byte) 0xff},
                Instant.parse("2026-01-02T03:04:05.000000006Z"),
                Document.Status.PUBLISHED,
                List.of("a", "", "a"),
                new LinkedHashSet<>(List.of("x", "y")),
                new LinkedHashSet<>(List.of(1, 10, 100)),
                new LinkedHashSet<>(List.of(new byte[] {1})),
                new LinkedHashMap<>(Map.of("hits", 3L)),
                new Document.Section("root", List.of(leaf), new LinkedHashMap<>()),
                List.of(leaf, leaf));

        db().model(Document.class).create(original);
        Document read = db().model(Document.class).where("id", "=", "d1").first();

        assertThat(read).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(original);
    }

    @Test
    void toItem_isExactlyTheItemCreateStores_withLifecycleFieldsAsTheInstanceHoldsThem() {
        Member created = db().model(Member.class)
                .create(new Member(
                        "m1", "PROFILE", "ada@example.com", null, Set.of("ops"), 4, null, null, 1_900_000_000L));
        Map<String, AttributeValue> stored = rawItem("tt-contract-members", Map.of("id", s("m1"), "sk", s("PROFILE")));

        assertThat(db().model(Member.class).toItem(created)).isEqualTo(stored);
        assertThat(db().model(Member.class).toItem(Member.of("m2", "b@example.com")))
                .containsEntry("version", n("0"))
                .containsEntry("createdAt", AttributeValue.ofNull())
                .containsEntry("tags", AttributeValue.ofNull())
                .doesNotContainKey("nickname");
    }

    @Test
    void fromItem_readsAStoredItemAsFirstDoes_ignoringAttributesTheModelDoesNotMap() {
        Document.Section leaf = new Document.Section("leaf", List.of(), new LinkedHashMap<>(Map.of("k", "v")));
        Document original = new Document(
                "d1",
                3,
                4L,
                0.5,
                1.5f,
                7,
                BigDecimal.ONE,
                BigInteger.TEN,
                false,
                new byte[] {1},
                NOW,
                Document.Status.DRAFT,
                List.of("a"),
                new LinkedHashSet<>(List.of("x")),
                new LinkedHashSet<>(List.of(1)),
                new LinkedHashSet<>(),
                new LinkedHashMap<>(Map.of("hits", 1L)),
                new Document.Section("root", List.of(leaf), new LinkedHashMap<>()),
                List.of(leaf));
        Model<Document> documents = db().model(Document.class);
        Map<String, AttributeValue> item = new LinkedHashMap<>(documents.toItem(original));
        item.put("writtenByAnotherService", s("ignored"));
        put("tt-contract-documents", item);

        Document read = documents.fromItem(rawItem("tt-contract-documents", Map.of("id", s("d1"))));

        assertThat(read).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(original);
        assertThat(read)
                .usingRecursiveComparison()
                .isEqualTo(documents.where("id", "=", "d1").first());
    }

    @Test
    void fromItem_ofAnAttributeOfTheWrongType_isAModelExceptionNamingTheAttribute() {
        Map<String, AttributeValue> item = Map.of("id", s("m1"), "sk", s("PROFILE"), "version", s("seven"));

        assertThatThrownBy(() -> db().model(Member.class).fromItem(item))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("'version'");
    }

    @Test
    void ifNotExistsCreate_ofAnExistingKey_failsAndLeavesTheStoredItem() {
        Model<Member> members = db().model(Member.class);
        members.ifNotExists().create(Member.of("m1", "first@example.com"));

        assertThatThrownBy(() -> members.ifNotExists().create(Member.of("m1", "second@example.com")))
                .isInstanceOf(ConditionFailedException.class)
                .hasMessageContaining("create of Member {id=\"m1\", sk=\"PROFILE\"} in table tt-contract-members");

        assertThat(members.where("id", "=", "m1")
                        .where("sk", "=", "PROFILE")
                        .first()
                        .email())
                .isEqualTo("first@example.com");
    }

    @Test
    void createWithoutCondition_overwrites() {
        Model<Member> members = db().model(Member.class);
        members.create(Member.of("m1", "first@example.com"));
        members.create(Member.of("m1", "second@example.com"));

        assertThat(members.where("id", "=", "m1")
                        .where("sk", "=", "PROFILE")
                        .first()
                        .email())
                .isEqualTo("second@example.com");
    }

    @Test
    void first_ofAMissingKey_throwsItemNotFound() {
        assertThatThrownBy(() -> db().model(Member.class)
                        .where("id", "=", "nobody")
                        .where("sk", "=", "PROFILE")
                        .first())
                .isInstanceOf(ItemNotFoundException.class)
                .hasMessageContaining("nobody");
    }

    @Test
    void delete_withTheStoredVersion_removesTheItem() {
        Member created = db().model(Member.class).create(Member.of("m1", "ada@example.com"));

        db().model(Member.class).delete(created);

        assertThat(rawItemOrNull("tt-contract-members", Map.of("id", s("m1"), "sk", s("PROFILE"))))
                .isNull();
    }

    @Test
    void delete_withAStaleVersion_failsAndKeepsTheItem() {
        Member created = db().model(Member.class).create(Member.of("m1", "ada@example.com"));
        put("tt-contract-members", withVersion(rawItem("tt-contract-members", key(created)), 1));

        assertThatThrownBy(() -> db().model(Member.class).delete(created)).isInstanceOf(ConditionFailedException.class);

        assertThat(rawItem("tt-contract-members", key(created))).containsEntry("version", n("1"));
    }

    @Test
    void staleUpdate_withARawConditionEscapingItsParentheses_isRefused_andTheNewerVersionKept() {
        Member created = db().model(Member.class).create(Member.of("m1", "ada@example.com"));
        put("tt-contract-members", withVersion(rawItem("tt-contract-members", key(created)), 1));
        Member stale = new Member(
                created.id(),
                created.sk(),
                created.email(),
                "stale",
                Set.of(),
                created.version(),
                created.createdAt(),
                created.updatedAt(),
                null);
        Map<String, Object> values = Map.of(":x", "ada@example.com");

        for (String hostile : List.of(
                "email = :x) OR attribute_exists(id",
                "email = :x) OR (attribute_exists(id)",
                "attribute_exists(id)) OR ((email = :x",
                "email = :x OR (attribute_exists(id)")) {
            assertThatThrownBy(() -> db().model(Member.class)
                            .withConditionExpression(hostile, values)
                            .update(stale, "nickname"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("do not balance");
        }
        assertThatThrownBy(() -> db().model(Member.class)
                        .withConditionExpression("email = :x OR attribute_exists(id)", values)
                        .update(stale, "nickname"))
                .isInstanceOf(ConditionFailedException.class);

        assertThat(rawItem("tt-contract-members", key(created)))
                .containsEntry("version", n("1"))
                .doesNotContainKey("nickname");
    }

    @Test
    void ifExistsDelete_ofAMissingItem_fails_butAPlainDeleteSucceeds() {
        Model<Member> byKey = db().model(Member.class).where("id", "=", "ghost").where("sk", "=", "PROFILE");

        byKey.delete();
        assertThatThrownBy(() -> db().model(Member.class)
                        .ifExists()
                        .where("id", "=", "ghost")
                        .where("sk", "=", "PROFILE")
                        .delete())
                .isInstanceOf(ConditionFailedException.class);
    }

    @Test
    void aJavaBean_isCreatedInPlace_andReadBack() {
        Wallet wallet = new Wallet("ada", new BigDecimal("10.50"));

        Wallet stored = db().model(Wallet.class).ifNotExists().create(wallet);
        Wallet read = db().model(Wallet.class).where("owner", "=", "ada").first();

        assertThat(stored).isSameAs(wallet);
        assertThat(wallet.getVersion()).isZero();
        assertThat(wallet.getCreatedAt()).isEqualTo(NOW);
        assertThat(read.getBalance()).isEqualByComparingTo("10.5");
        assertThat(rawItem("tt-contract-wallets", Map.of("PK", s("ada")))).containsEntry("PK", s("ada"));
    }

    private Map<String, AttributeValue> key(Member member) {
        return Map.of("id", s(member.id()), "sk", s(member.sk()));
    }

    private static Map<String, AttributeValue> withVersion(Map<String, AttributeValue> item, long version) {
        Map<String, AttributeValue> changed = new LinkedHashMap<>(item);
        changed.put("version", AttributeValue.ofNumber(version));
        return changed;
    }

    private Map<String, AttributeValue> rawItem(String table, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = rawItemOrNull(table, key);
        assertThat(item).as("stored item %s in %s", key, table).isNotNull();
        return item;
    }

    private Map<String, AttributeValue> rawItemOrNull(String table, Map<String, AttributeValue> key) {
        return store().getItem(
                        GetItemRequest.builder(table, key).consistentRead(true).build())
                .item()
                .orElse(null);
    }

    @Test
    void aFailedCreate_carriesTheStoredItem_asAModelInstance() {
        Model<Member> members = db().model(Member.class);
        members.create(Member.of("m1", "first@example.com"));

        ConditionFailedException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                ConditionFailedException.class,
                () -> members.ifNotExists().create(Member.of("m1", "second@example.com")));

        assertThat(members.storedItem(failure)).map(Member::email).contains("first@example.com");
    }

    @Test
    void withCondition_andARawConditionExpression_guardWrites() {
        Model<Member> members = db().model(Member.class);
        Member created = members.create(Member.of("m1", "ada@example.com"));

        assertThatThrownBy(() ->
                        members.withCondition("email", "=", "other@example.com").create(created))
                .isInstanceOf(ConditionFailedException.class);
        members.withCondition("email", "begins_with", "ada@").create(created);

        assertThatThrownBy(() -> members.withConditionExpression("size(email) < :max", java.util.Map.of(":max", 5))
                        .create(created))
                .isInstanceOf(ConditionFailedException.class);
        members.withConditionExpression("size(email) < :max", java.util.Map.of(":max", 100))
                .create(created);
    }

    @Test
    void deleteByKey_checksTheOtherWhereConditions() {
        db().model(Member.class).create(Member.of("m1", "ada@example.com"));
        Model<Member> m1 = db().model(Member.class).where("id", "=", "m1").where("sk", "=", "PROFILE");

        assertThatThrownBy(() -> m1.where("email", "=", "someone@example.com").delete())
                .isInstanceOf(ConditionFailedException.class);
        m1.where("email", "=", "ada@example.com").delete();

        assertThat(rawItemOrNull("tt-contract-members", Map.of("id", s("m1"), "sk", s("PROFILE"))))
                .isNull();
    }

    @Test
    void snakeCaseNames_textTypes_optionalsAndCustomConverters_roundTrip() {
        java.util.UUID id = java.util.UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        Profile original = new Profile(
                id,
                "Ada",
                java.time.LocalDate.of(1815, 12, 10),
                java.time.OffsetDateTime.parse("2026-11-24T09:08:21.5+02:00"),
                java.util.Optional.empty(),
                new Profile.Colour(255, 128, 0));

        db().model(Profile.class).create(original);

        assertThat(db().model(Profile.class).where("profileId", "=", id).first())
                .isEqualTo(original);
        assertThat(rawItem("tt-contract-profiles", Map.of("profile_id", s(id.toString()))))
                .containsEntry("display_name", s("Ada"))
                .containsEntry("birth_date", s("1815-12-10"))
                .containsEntry("last_seen_at", s("2026-11-24T09:08:21.5+02:00"))
                .containsEntry("favourite_colour", s("#ff8000"))
                .doesNotContainKey("nick_name");
    }
}
