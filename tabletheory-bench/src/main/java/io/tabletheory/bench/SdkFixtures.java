package io.tabletheory.bench;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * {@link Fixtures}' table and item in the AWS SDK's own types, and the SDK client the HTTP benchmarks use, so that
 * both servers get byte-for-byte the same requests from the same client.
 */
final class SdkFixtures {
    private SdkFixtures() {}

    /**
     * A {@code DynamoDbClient} for {@code endpoint} on the SDK's Apache HTTP client, which keeps connections alive
     * and pools them (up to 50, so one per benchmark thread). Any credentials and region do (neither server checks
     * them). Retries are off, so a throttled or failed request fails the benchmark instead of being hidden in its
     * time.
     */
    static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(settings -> settings.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /** {@link Fixtures#table()}: partition key {@code pk} (S), sort key {@code sk} (N), on demand. */
    static CreateTableRequest table() {
        return CreateTableRequest.builder()
                .tableName(Fixtures.TABLE)
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName("pk")
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName("sk")
                                .attributeType(ScalarAttributeType.N)
                                .build())
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName("pk")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("sk")
                                .keyType(KeyType.RANGE)
                                .build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }

    /** {@link Fixtures#item()} (about 200 bytes) with partition key {@code partitionKey} instead of its own. */
    static Map<String, AttributeValue> item(String partitionKey) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        Fixtures.item().forEach((name, value) -> item.put(name, value.accept(ToSdk.INSTANCE)));
        item.put("pk", AttributeValue.fromS(partitionKey));
        return item;
    }

    /** The key of {@link #item(String)}. */
    static Map<String, AttributeValue> key(String partitionKey) {
        Map<String, AttributeValue> item = item(partitionKey);
        return Map.of("pk", item.get("pk"), "sk", item.get("sk"));
    }

    /** One TableTheory attribute value in the SDK's type (the bench may not use the AWS adapter's internals). */
    private enum ToSdk implements io.tabletheory.api.value.AttributeValue.Visitor<AttributeValue> {
        INSTANCE;

        @Override
        public AttributeValue visitString(io.tabletheory.api.value.AttributeValue.StringValue value) {
            return AttributeValue.fromS(value.value());
        }

        @Override
        public AttributeValue visitNumber(io.tabletheory.api.value.AttributeValue.NumberValue value) {
            return AttributeValue.fromN(value.value());
        }

        @Override
        public AttributeValue visitBinary(io.tabletheory.api.value.AttributeValue.BinaryValue value) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(value.value()));
        }

        @Override
        public AttributeValue visitStringSet(io.tabletheory.api.value.AttributeValue.StringSetValue value) {
            return AttributeValue.fromSs(List.copyOf(value.values()));
        }

        @Override
        public AttributeValue visitNumberSet(io.tabletheory.api.value.AttributeValue.NumberSetValue value) {
            return AttributeValue.fromNs(value.values().stream()
                    .map(io.tabletheory.api.value.AttributeValue.NumberValue::value)
                    .toList());
        }

        @Override
        public AttributeValue visitBinarySet(io.tabletheory.api.value.AttributeValue.BinarySetValue value) {
            return AttributeValue.fromBs(value.values().stream()
                    .map(binary -> SdkBytes.fromByteArray(binary.value()))
                    .toList());
        }

        @Override
        public AttributeValue visitMap(io.tabletheory.api.value.AttributeValue.MapValue value) {
            Map<String, AttributeValue> map = new LinkedHashMap<>();
            value.values().forEach((name, element) -> map.put(name, element.accept(this)));
            return AttributeValue.fromM(map);
        }

        @Override
        public AttributeValue visitList(io.tabletheory.api.value.AttributeValue.ListValue value) {
            return AttributeValue.fromL(
                    value.values().stream().map(element -> element.accept(this)).toList());
        }

        @Override
        public AttributeValue visitNull(io.tabletheory.api.value.AttributeValue.NullValue value) {
            return AttributeValue.fromNul(true);
        }

        @Override
        public AttributeValue visitBoolean(io.tabletheory.api.value.AttributeValue.BooleanValue value) {
            return AttributeValue.fromBool(value.value());
        }
    }
}
