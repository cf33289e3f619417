package io.tabletheory.bench.coldstart;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The raw SDK hand-tuned as {@code LambdaTableTheory} tunes its client: region and credentials from the environment,
 * the URL-connection HTTP client, standard retries with 3 attempts, an empty profile file, the endpoint override.
 */
public final class RawSdkTuned {
    private RawSdkTuned() {}

    public static void main(String[] args) {
        DynamoDbClient client = DynamoDbClient.builder()
                .region(Region.of(System.getenv("AWS_REGION")))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_DYNAMODB")))
                .overrideConfiguration(configuration -> configuration
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(3)
                                .build())
                        .defaultProfileFile(ProfileFile.builder()
                                .content("")
                                .type(ProfileFile.Type.CONFIGURATION)
                                .build())
                        .defaultProfileName("default"))
                .build();
        Raw.putAndGet(client);
    }

    /** The put and get both raw contenders make. */
    static final class Raw {
        private Raw() {}

        static void putAndGet(DynamoDbClient client) {
            client.putItem(request -> request.tableName(Report.TABLE)
                    .item(Map.of(
                            "pk", AttributeValue.fromS(Report.KEY),
                            "name", AttributeValue.fromS(Report.NAME),
                            "count", AttributeValue.fromN(Long.toString(Report.COUNT)))));
            GetItemResponse read = client.getItem(
                    request -> request.tableName(Report.TABLE).key(Map.of("pk", AttributeValue.fromS(Report.KEY))));
            Report.print(
                    read.item().get("name").s(),
                    Long.parseLong(read.item().get("count").n()));
        }
    }
}
