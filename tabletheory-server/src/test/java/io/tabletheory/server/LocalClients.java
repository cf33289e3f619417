package io.tabletheory.server;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** SDK clients for a server under test: its endpoint, us-east-1, dummy static credentials. The caller closes them. */
final class LocalClients {
    private LocalClients() {}

    static DynamoDbClient dynamo(TableTheoryServer server) {
        return local(DynamoDbClient.builder(), server).build();
    }

    static DynamoDbStreamsClient streams(TableTheoryServer server) {
        return local(DynamoDbStreamsClient.builder(), server).build();
    }

    private static <B extends AwsClientBuilder<B, ?>> B local(B builder, TableTheoryServer server) {
        return builder.endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
    }
}
