/**
 * TableTheory's ports over Amazon DynamoDB through the AWS SDK for Java v2. The SDK's jars are automatic modules
 * named by their {@code Automatic-Module-Name}, which the SDK keeps stable.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.tabletheory.aws {
    requires transitive io.tabletheory.api;
    requires transitive software.amazon.awssdk.services.dynamodb;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.protocols.jsoncore;

    exports io.tabletheory.aws;
}
